import type { Area, Territory } from '../data/schema';
import { AREAS, TERRITORIES } from '../data/vocab';
import { LOCALES, type Locale } from '../lib/locale';
import { readPrefs, THEMES, type Theme } from '../lib/prefs';
import { VIEW_PATHS, viewAtPath, type ViewId } from '../lib/views';

export { THEMES, type Theme };

/** Everything the user chose that travels in the URL. */
export interface UrlState {
  view: ViewId;
  year: number | null;
  area: Area | null;
  territory: Territory | null;
  organization: string | null;
  lang: Locale;
  theme: Theme;
  /** View-specific parameters (scorecard filters, presentation…), already allow-listed by their owners. */
  extra: Record<string, string>;
}

export const DEFAULT_STATE: UrlState = {
  view: 'overview',
  year: null,
  area: null,
  territory: null,
  organization: null,
  lang: 'it',
  theme: 'system',
  extra: {},
};

/** Query parameter names (Italian: the URL is read by Italian users). */
export const PARAM = { year: 'anno', area: 'area', territory: 'territorio', organization: 'ente', lang: 'lingua', theme: 'tema' } as const;

/**
 * Parameters owned by a feature, declared next to its code and validated there; the app registers
 * every feature's before the URL is first read (src/app/url-params.ts). Anything else is unknown.
 */
export interface OwnedParams {
  names: readonly string[];
  /** Those that survive a change of view (the others belong to the view that set them). */
  keptAcrossViews?: readonly string[];
  /** Those that change too often for a history entry each (a search box, the slide): the entry is replaced. */
  quiet?: readonly string[];
}

const owned = { names: new Set<string>(), kept: new Set<string>(), quiet: new Set<string>() };

export function registerUrlParams(...groups: readonly OwnedParams[]): void {
  for (const g of groups) {
    g.names.forEach((n) => owned.names.add(n));
    g.keptAcrossViews?.forEach((n) => owned.kept.add(n));
    g.quiet?.forEach((n) => owned.quiet.add(n));
  }
}

export const isKeptAcrossViews = (name: string): boolean => owned.kept.has(name);
export const isQuietParam = (name: string): boolean => owned.quiet.has(name);

export interface ParseResult {
  state: UrlState;
  /** Parameters that were present but not understood: shown to the user as a notice. */
  rejected: { param: string; value: string }[];
  /** The path matched no view. */
  notFound: boolean;
}

const ORG_PATTERN = /^[a-z0-9-]{2,40}$/;
const includes = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

export function parseUrl(pathname: string, search: string): ParseResult {
  const params = new URLSearchParams(search);
  const rejected: ParseResult['rejected'] = [];
  const state: UrlState = { ...DEFAULT_STATE, extra: {} };

  const view = viewAtPath(pathname);
  if (view) state.view = view;

  const take = <T>(name: string, accept: (raw: string) => T | undefined, assign: (v: T) => void) => {
    const raw = params.get(name);
    if (raw === null || raw === '') return;
    const value = accept(raw);
    if (value === undefined) rejected.push({ param: name, value: raw });
    else assign(value);
  };

  take(PARAM.year, (r) => (/^\d{4}$/.test(r) && +r >= 1990 && +r <= 2100 ? +r : undefined), (v) => (state.year = v));
  take(PARAM.area, (r) => (includes(AREAS, r) ? r : undefined), (v) => (state.area = v));
  take(PARAM.territory, (r) => (includes(TERRITORIES, r) ? r : undefined), (v) => (state.territory = v));
  take(PARAM.organization, (r) => (ORG_PATTERN.test(r) ? r : undefined), (v) => (state.organization = v));
  take(PARAM.lang, (r) => (includes(LOCALES, r) ? r : undefined), (v) => (state.lang = v));
  take(PARAM.theme, (r) => (includes(THEMES, r) ? r : undefined), (v) => (state.theme = v));

  const known = new Set<string>(Object.values(PARAM));
  for (const [name, value] of params) {
    if (owned.names.has(name)) {
      if (value.length <= 200) state.extra[name] = value;
      else rejected.push({ param: name, value: value.slice(0, 20) + '…' });
    } else if (!known.has(name)) rejected.push({ param: name, value });
  }
  return { state, rejected, notFound: !view };
}

/** The URL as the page opens on it: its choices, and the remembered language and theme where it names none. */
export function parseOpenedUrl(pathname: string, search: string, prefs = readPrefs()): ParseResult {
  const parsed = parseUrl(pathname, search);
  const params = new URLSearchParams(search);
  if (!params.has(PARAM.lang) && includes(LOCALES, prefs.lang ?? '')) parsed.state.lang = prefs.lang as Locale;
  if (!params.has(PARAM.theme) && includes(THEMES, prefs.theme ?? '')) parsed.state.theme = prefs.theme as Theme;
  return parsed;
}

/** The canonical URL (path + query) for a state; defaults are left out so links stay short. */
export function serializeUrl(state: UrlState): string {
  return VIEW_PATHS[state.view] + serializeQuery(state);
}

/** The query part of the canonical URL ("?anno=2020…", or "" when every choice is the default). */
export function serializeQuery(state: Omit<UrlState, 'view'>): string {
  const params = new URLSearchParams();
  if (state.year !== null) params.set(PARAM.year, String(state.year));
  if (state.area) params.set(PARAM.area, state.area);
  if (state.territory) params.set(PARAM.territory, state.territory);
  if (state.organization) params.set(PARAM.organization, state.organization);
  if (state.lang !== DEFAULT_STATE.lang) params.set(PARAM.lang, state.lang);
  if (state.theme !== DEFAULT_STATE.theme) params.set(PARAM.theme, state.theme);
  for (const name of owned.names) {
    const value = state.extra[name];
    if (value) params.set(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
