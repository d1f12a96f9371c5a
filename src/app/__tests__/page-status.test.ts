// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PREFS_KEY } from '../../lib/prefs';
import { choicesInForm, clearPageStatus, prerenderedRoot, showLinkChoices, showStartFailed } from '../page-status';

/** The build-time HTML: a root with the filter bar and a panel. */
function page() {
  document.body.innerHTML = `
    <div id="root" data-prerendered="/">
      <form class="filter-bar">
        <select name="anno"><option value="">Tutti gli anni</option><option>2019</option><option>2020</option></select>
        <select name="area"><option value="">Tutte le aree</option><option>members</option></select>
      </form>
      <main id="main"><div data-panel="members">6.796 imprese</div></main>
    </div>`;
}
const status = () => document.querySelector('body > [role="status"]');
const select = (name: string) => document.querySelector<HTMLSelectElement>(`select[name=${name}]`)!;

beforeEach(() => {
  document.documentElement.dataset.theme = 'system';
  localStorage.clear();
});
afterEach(() => {
  clearPageStatus();
  document.body.innerHTML = '';
});

describe('showLinkChoices', () => {
  it('a link with choices: the selects show them, the figures wait under a status', () => {
    page();
    showLinkChoices('?anno=2019&area=bogus');
    expect(select('anno').value).toBe('2019');
    // A value the select does not offer is left to the app (it will say it could not read it).
    expect(select('area').value).toBe('');
    expect(document.documentElement.dataset.linkPending).toBe('');
    expect(status()?.textContent).toBe('Aggiorno le cifre per le scelte del link…');
  });

  it('speaks the link’s language, or the remembered one', () => {
    page();
    showLinkChoices('?anno=2019&lingua=en');
    expect(status()?.textContent).toBe('Updating the figures for the link’s choices…');
    clearPageStatus();
    localStorage.setItem(PREFS_KEY, JSON.stringify({ lang: 'en' }));
    showLinkChoices('?anno=2019');
    expect(status()?.textContent).toMatch(/^Updating/);
  });

  it('applies the link’s theme, or the remembered one, at once; a theme alone hides nothing', () => {
    page();
    showLinkChoices('?tema=projector');
    expect(document.documentElement.dataset.theme).toBe('projector');
    expect(document.documentElement.dataset.linkPending).toBeUndefined();
    expect(status()).toBeNull();
    localStorage.setItem(PREFS_KEY, JSON.stringify({ theme: 'dark' }));
    showLinkChoices('');
    expect(document.documentElement.dataset.theme).toBe('dark');
    // A theme the link names but the app does not know: the app's default, as the app will show it.
    showLinkChoices('?tema=neon');
    expect(document.documentElement.dataset.theme).toBe('system');
  });

  it('no choice, empty values or an empty root (the dev server) leave the page alone', () => {
    page();
    showLinkChoices('');
    showLinkChoices('?anno=&area=');
    expect(status()).toBeNull();
    document.body.innerHTML = '<div id="root"></div>';
    showLinkChoices('?anno=2019');
    expect(status()).toBeNull();
    expect(document.documentElement.dataset.linkPending).toBeUndefined();
  });

  it('is cleared once the app runs the page', () => {
    page();
    showLinkChoices('?anno=2019');
    clearPageStatus();
    expect(status()).toBeNull();
    expect(document.documentElement.dataset.linkPending).toBeUndefined();
  });
});

describe('prerenderedRoot', () => {
  it('is the root holding a view’s build-time HTML, and nothing on the dev server’s empty page', () => {
    page();
    expect(prerenderedRoot()?.querySelector('[data-panel]')).not.toBeNull();
    document.body.innerHTML = '<div id="root"></div>';
    expect(prerenderedRoot()).toBeNull();
  });
});

describe('showStartFailed', () => {
  it('says the dashboard could not start, in the one status line', () => {
    page();
    showLinkChoices('?anno=2019');
    showStartFailed();
    expect(document.querySelectorAll('body > [role="status"]')).toHaveLength(1);
    expect(status()?.textContent).toBe('Il cruscotto non è riuscito ad avviarsi: ricarica la pagina.');
  });
});

describe('choicesInForm', () => {
  it('names the filter bar’s selects whose value is not the one the page was built with', () => {
    document.body.innerHTML = `
      <div id="root" data-prerendered="/">
        <form class="filter-bar">
          <select name="anno"><option value="">Tutti gli anni</option><option>2019</option><option>2020</option></select>
          <select name="area"><option value="">Tutte</option><option selected>members</option></select>
          <select name="tema"><option selected>system</option><option>projector</option></select>
          <select><option>a</option><option>b</option></select>
        </form>
        <select name="ordine"><option>x</option><option>y</option></select>
      </div>`;
    expect(choicesInForm()).toEqual(new Map());
    select('anno').value = '2019';
    select('area').value = '';
    document.querySelector<HTMLSelectElement>('form select:not([name])')!.value = 'b';
    select('ordine').value = 'y';
    expect(choicesInForm()).toEqual(new Map([['anno', '2019'], ['area', '']]));
  });

  it('after a link’s choices are shown, only a change of them is a choice (back to “all years” too)', () => {
    page();
    showLinkChoices('?anno=2019');
    expect(choicesInForm()).toEqual(new Map());
    select('anno').value = '';
    expect(choicesInForm()).toEqual(new Map([['anno', '']]));
  });

  it('finds nothing without the build-time HTML (the dev server’s empty root)', () => {
    document.body.innerHTML = '<div id="root"></div>';
    expect(choicesInForm()).toEqual(new Map());
  });
});
