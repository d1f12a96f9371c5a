/**
 * The build-time HTML before the app runs it (part of the first script: kept tiny).
 * A link with choices (/?anno=2019, ?lingua=en…) opens on HTML built for none: the theme applies at
 * once (a projector link does not flash the light theme), the selects show the link's choices, and
 * the figures wait hidden (html[data-link-pending], the stylesheet) under a status until the app has
 * drawn them (main.tsx). If the app's code cannot be loaded, the page says so.
 */
import { DEFAULT_STATE, parseOpenedUrl, parseUrl, serializeQuery } from '../store/url-state';

const TEXT = {
  it: { pending: 'Aggiorno le cifre per le scelte del link…', failed: 'Il cruscotto non è riuscito ad avviarsi: ricarica la pagina.' },
  en: { pending: 'Updating the figures for the link’s choices…', failed: 'The dashboard could not start: reload the page.' },
};

function note(key: keyof typeof TEXT.it, search = location.search): void {
  const p = document.querySelector('body > .page-status') ?? document.body.appendChild(Object.assign(document.createElement('p'), { className: 'page-status' }));
  p.setAttribute('role', 'status');
  p.textContent = TEXT[parseOpenedUrl(location.pathname, search).state.lang][key];
}

/** The root when it holds a view's build-time HTML (src/app/prerender.tsx); null on the dev server's empty page. */
export function prerenderedRoot(): HTMLElement | null {
  const root = document.getElementById('root');
  return root?.dataset.prerendered === undefined ? null : root;
}

/** The filter bar's selects, named after their URL parameter. */
const selects = (root: HTMLElement | null) => root?.querySelectorAll<HTMLSelectElement>('form.filter-bar select[name]') ?? [];

export function showLinkChoices(search = location.search): void {
  document.documentElement.dataset.theme = parseOpenedUrl(location.pathname, search).state.theme;
  // Only the link's choices that change what the page says (not its theme).
  const { state } = parseUrl(location.pathname, search);
  const params = new URLSearchParams(serializeQuery({ ...state, theme: DEFAULT_STATE.theme }));
  if (params.size === 0 || !prerenderedRoot()) return;
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
