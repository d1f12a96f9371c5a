/**
 * The build-time HTML before the app runs it. A link with choices (/?anno=2019, ?lingua=en…) opens on
 * HTML built for none: the theme applies at once, the selects show the link's choices, the figures wait
 * hidden (html[data-link-pending]) under a status until the app has drawn them (main.tsx). If the app's
 * code cannot load, the page says so. Part of the first script, so it reads its two parameters itself:
 * importing the URL module made that script wait on four more files (the bench's FCP 1.0 → 1.26 s).
 */
import { readPrefs, THEMES } from '../lib/prefs';

const TEXT = {
  it: { pending: 'Aggiorno le cifre per le scelte del link…', failed: 'Il cruscotto non è riuscito ad avviarsi: ricarica la pagina.' },
  en: { pending: 'Updating the figures for the link’s choices…', failed: 'The dashboard could not start: reload the page.' },
};

function note(key: keyof typeof TEXT.it, search = location.search): void {
  const p = document.querySelector('body > .page-status') ?? document.body.appendChild(Object.assign(document.createElement('p'), { className: 'page-status' }));
  p.setAttribute('role', 'status');
  p.textContent = TEXT[(new URLSearchParams(search).get('lingua') ?? readPrefs().lang) === 'en' ? 'en' : 'it'][key];
}

/** The root when it holds a view's build-time HTML (src/app/prerender.tsx); null on the dev server's empty page. */
export function prerenderedRoot(): HTMLElement | null {
  const root = document.getElementById('root');
  return root?.dataset.prerendered === undefined ? null : root;
}

/** The filter bar's selects, named after their URL parameter. */
const selects = (root: HTMLElement | null) => root?.querySelectorAll<HTMLSelectElement>('form.filter-bar select[name]') ?? [];

export function showLinkChoices(search = location.search): void {
  const params = new URLSearchParams(search);
  const theme = params.has('tema') ? params.get('tema') : readPrefs().theme;
  document.documentElement.dataset.theme = theme && (THEMES as readonly string[]).includes(theme) ? theme : 'system';
  // Only a choice that changes what the page says: not the theme, and an empty value is no choice.
  if (![...params].some(([name, value]) => name !== 'tema' && value !== '') || !prerenderedRoot()) return;
  for (const select of selects(prerenderedRoot())) {
    const value = params.get(select.name);
    if (value !== null && [...select.options].some((o) => o.value === value)) select.value = select.dataset.shown = value;
  }
  document.documentElement.dataset.linkPending = '';
  note('pending', search);
}

/** Choices made in the filter bar before the app ran it: the selects whose value is not the one the page showed. */
export function choicesInForm(root = prerenderedRoot()): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const select of selects(root)) {
    const shown = select.dataset.shown ?? ([...select.options].find((o) => o.defaultSelected) ?? select.options[0])?.value;
    if (shown !== undefined && select.value !== shown) chosen.set(select.name, select.value);
  }
  return chosen;
}

export const showStartFailed = (): void => note('failed');

export function clearPageStatus(): void {
  delete document.documentElement.dataset.linkPending;
  document.querySelector('body > .page-status')?.remove();
}
