import type { OwnedParams } from '../../../store/url-state';

/** Presentation state as it travels in the URL (view-independent parameters of the store's `extra`). */
export const DECKS = {
  /** The current view, one panel per slide. */
  vista: null,
  /** The meeting deck across views. */
  riunione: ['overview', 'members', 'communication', 'scorecard'],
  /** The lobby screen (`?schermo=tv`): the overview's summary, full screen. */
  tv: ['overview'],
} as const;
export type DeckId = keyof typeof DECKS;

export const DECK_KIND = { vista: 'view', riunione: 'meeting', tv: 'screen' } as const satisfies Record<DeckId, string>;

export const CYCLES = ['anno', 'area'] as const;
export type CycleId = (typeof CYCLES)[number];

export const INTERVALS = [5, 10, 15, 20, 30, 60] as const;
export const DEFAULT_INTERVAL = 10;

export interface PresentationState {
  active: boolean;
  deck: DeckId;
  /** 1-based slide number. */
  slide: number;
  /** Seconds between slides when auto-advance runs. */
  interval: number;
  auto: boolean;
  cycle: CycleId | null;
}

/**
 * The presentation's URL parameters (registered by src/app/url-params.ts): all but the slide survive
 * a change of view, and moving through slides replaces the history entry.
 */
/** The presenter's own window (`?relatore=1`): notes, clock and the next slide. */
export const PRESENTER_PARAM = 'relatore';

export const presentationUrlParams: OwnedParams = {
  names: ['presenta', 'slide', 'mazzo', 'intervallo', 'ciclo', 'auto', 'schermo', PRESENTER_PARAM],
  keptAcrossViews: ['presenta', 'mazzo', 'intervallo', 'ciclo', 'auto', 'schermo', PRESENTER_PARAM],
  quiet: ['slide'],
};

/** Allow-listed reading of the URL parameters; anything unknown falls back to its default. */
export function parsePresentation(extra: Readonly<Record<string, string>>): PresentationState {
  const slide = Number(extra.slide);
  const interval = Number(extra.intervallo);
  const screen = extra.schermo === 'tv';
  return {
    active: extra.presenta === '1' || screen,
    deck: screen ? 'tv' : extra.mazzo === 'riunione' ? 'riunione' : 'vista',
    slide: Number.isInteger(slide) && slide >= 1 ? slide : 1,
    interval: (INTERVALS as readonly number[]).includes(interval) ? interval : DEFAULT_INTERVAL,
    auto: extra.auto === '1',
    cycle: (CYCLES as readonly string[]).includes(extra.ciclo ?? '') ? (extra.ciclo as CycleId) : null,
  };
}

/** The URL parameters for a state (null clears a parameter); defaults are left out. */
export function presentationParams(s: PresentationState): Record<string, string | null> {
  if (!s.active) return { presenta: null, mazzo: null, slide: null, intervallo: null, auto: null, ciclo: null, schermo: null };
  const screen = s.deck === 'tv';
  return {
    presenta: screen ? null : '1',
    schermo: screen ? 'tv' : null,
    mazzo: s.deck === 'vista' || screen ? null : s.deck,
    slide: String(s.slide),
    intervallo: s.interval === DEFAULT_INTERVAL ? null : String(s.interval),
    auto: s.auto ? '1' : null,
    ciclo: s.cycle,
  };
}
