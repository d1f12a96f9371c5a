/**
 * What the build-time HTML says about itself before the app runs it. From the first script:
 *
 * A link with choices (/?anno=2019, ?lingua=en…) opens on the HTML built for none, whose figures
 * are not the link's until the app draws the page for them. So the theme is applied at once (a
 * projector link does not flash the light theme), the selects show the link's choices, and the
 * figures are hidden (html[data-link-pending], the stylesheet) under a status saying why. The app
 * clears it once it runs the page (AppReady).
 *
 * If the app's code cannot be loaded, the page says so instead of sitting there inert.
 * Kept tiny: part of the first screen's script.
 */
import { readPrefs, THEMES } from '../lib/prefs';

const TEXT = {
  it: { pending: 'Aggiorno le cifre per le scelte del link…', failed: 'Il cruscotto non è riuscito ad avviarsi: ricarica la pagina.' },
  en: { pending: 'Updating the figures for the link’s choices…', failed: 'The dashboard could not start: reload the page.' },
};

function language(params: URLSearchParams): 'it' | 'en' {
  return (params.get('lingua') ?? readPrefs().lang) === 'en' ? 'en' : 'it';
}

function note(text: string): void {
  let p = document.querySelector<HTMLParagraphElement>('body > .page-status');
  if (!p) {
    p = document.createElement('p');
    p.className = 'page-status';
    p.setAttribute('role', 'status');
    document.body.append(p);
  }
  p.textContent = text;
}

/** The root when it holds a view's build-time HTML (src/app/prerender.tsx); null on the dev server's empty page. */
export function prerenderedRoot(): HTMLElement | null {
  const root = document.getElementById('root');
  return root?.dataset.prerendered === undefined ? null : root;
}

export function showLinkChoices(search = location.search): void {
  const params = new URLSearchParams(search);
  const theme = params.get('tema') ?? readPrefs().theme;
  if (theme && (THEMES as readonly string[]).includes(theme)) document.documentElement.dataset.theme = theme;
  // Only a choice that changes what the page says: not the theme, and an empty value is no choice.
  const choices = [...params].filter(([name, value]) => name !== 'tema' && value !== '');
  const root = prerenderedRoot();
  if (choices.length === 0 || !root) return;
  for (const select of root.querySelectorAll<HTMLSelectElement>('form.filter-bar select[name]')) {
    const value = params.get(select.name);
    if (value !== null && [...select.options].some((o) => o.value === value)) select.value = value;
  }
  document.documentElement.dataset.linkPending = '';
  note(TEXT[language(params)].pending);
}

/**
 * Choices made in the HTML's filter bar before the app ran it: its selects (named after their URL
 * parameter) whose value is no longer the one the page was built with.
 */
export function choicesInForm(root = prerenderedRoot()): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const select of root?.querySelectorAll<HTMLSelectElement>('form.filter-bar select[name]') ?? []) {
    const built = [...select.options].find((o) => o.defaultSelected) ?? select.options[0];
    if (built && select.value !== built.value) chosen.set(select.name, select.value);
  }
  return chosen;
}

export function showStartFailed(): void {
  note(TEXT[language(new URLSearchParams(location.search))].failed);
}

export function clearPageStatus(): void {
  delete document.documentElement.dataset.linkPending;
  document.querySelector('body > .page-status')?.remove();
}
