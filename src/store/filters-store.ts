import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { FactFilters } from '../data/facts';
import type { Area, Territory } from '../data/schema';
import type { Locale } from '../lib/locale';
import { DEFAULT_STATE, isKeptAcrossViews, type ParseResult, type Theme, type UrlState } from './url-state';
import type { ViewId } from '../lib/views';

export interface FiltersState extends UrlState {
  /** URL parameters that could not be read at the last navigation (shown as a notice). */
  rejected: ParseResult['rejected'];
  notFound: boolean;
  setView: (view: ViewId) => void;
  setYear: (year: number | null) => void;
  setArea: (area: Area | null) => void;
  setTerritory: (territory: Territory | null) => void;
  setOrganization: (organization: string | null) => void;
  setLang: (lang: Locale) => void;
  setTheme: (theme: Theme) => void;
  /** Set or clear a view-owned URL parameter. */
  setExtra: (name: string, value: string | null) => void;
  /** Set or clear several view-owned URL parameters in one history entry. */
  patchExtra: (patch: Record<string, string | null>) => void;
  /** Replace everything from a parsed URL (first load, back/forward). */
  hydrate: (parsed: ParseResult) => void;
  /**
   * Start from a parsed URL and make it the initial state too: the state a build-time render and the
   * render that hydrates its HTML read (zustand's server snapshot is the initial state).
   */
  startAt: (parsed: ParseResult) => void;
  dismissRejected: () => void;
  resetFilters: () => void;
}

export const useFiltersStore = create<FiltersState>()((set) => ({
  ...DEFAULT_STATE,
  rejected: [],
  notFound: false,
  // Changing view keeps the filters but drops view-owned parameters that belong to the old view.
  setView: (view) => set((s) => (s.view === view && !s.notFound ? s : { view, notFound: false, extra: keepGlobalExtra(s.extra) })),
  setYear: (year) => set({ year }),
  setArea: (area) => set({ area }),
  setTerritory: (territory) => set({ territory }),
  setOrganization: (organization) => set({ organization }),
  setLang: (lang) => set({ lang }),
  setTheme: (theme) => set({ theme }),
  setExtra: (name, value) =>
    set((s) => {
      const extra = { ...s.extra };
      if (value === null || value === '') delete extra[name];
      else extra[name] = value;
      return { extra };
    }),
  patchExtra: (patch) =>
    set((s) => {
      const extra = { ...s.extra };
      for (const [name, value] of Object.entries(patch)) {
        if (value === null || value === '') delete extra[name];
        else extra[name] = value;
      }
      return { extra };
    }),
  hydrate: ({ state, rejected, notFound }) => set({ ...state, rejected, notFound }),
  startAt: (parsed) => {
    useFiltersStore.getState().hydrate(parsed);
    Object.assign(useFiltersStore.getInitialState(), useFiltersStore.getState());
  },
  dismissRejected: () => set({ rejected: [] }),
  resetFilters: () => set({ year: null, area: null, territory: null, organization: null }),
}));

function keepGlobalExtra(extra: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(extra).filter(([k]) => isKeptAcrossViews(k)));
}

export function selectUrlState(s: FiltersState): UrlState {
  return { view: s.view, year: s.year, area: s.area, territory: s.territory, organization: s.organization, lang: s.lang, theme: s.theme, extra: s.extra };
}

export function selectFactFilters(s: FiltersState): FactFilters {
  return { year: s.year, area: s.area, territory: s.territory, organization: s.organization };
}

/** The filters that apply to facts, as one shallow-compared object. */
export function useFactFilters(): FactFilters {
  return useFiltersStore(useShallow(selectFactFilters));
}
