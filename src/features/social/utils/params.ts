import type { PlatformMetric } from './platforms';
import type { WebMetric } from './years-view';

/** URL values are Italian and stable whatever the interface language. */
export const PLATFORM_SLUGS: Record<PlatformMetric, string> = {
  views: 'visualizzazioni',
  interactions: 'interazioni',
  followers: 'follower',
  engagement: 'coinvolgimento',
};
export const DEFAULT_PLATFORM_METRIC: PlatformMetric = 'views';

export const MEASURE_SLUGS: Record<string, string> = {
  views: 'visualizzazioni', interactions: 'interazioni', participants: 'partecipanti', spectators: 'spettatori',
  episodes: 'puntate', minutes: 'minuti', hours: 'ore', sources: 'fonti', museums: 'musei', authors: 'autori',
};

export interface Parsed<T> {
  value: T;
  /** The raw value that was not understood (the default is used instead), or null. */
  rejected: string | null;
}

export function parsePlatformMetric(raw: string | undefined): Parsed<PlatformMetric> {
  if (raw === undefined || raw === '') return { value: DEFAULT_PLATFORM_METRIC, rejected: null };
  const found = (Object.keys(PLATFORM_SLUGS) as PlatformMetric[]).find((m) => PLATFORM_SLUGS[m] === raw);
  return found ? { value: found, rejected: null } : { value: DEFAULT_PLATFORM_METRIC, rejected: raw };
}

/** The URL value for a metric; null for the default, so links stay short. */
export function platformMetricParam(metric: PlatformMetric): string | null {
  return metric === DEFAULT_PLATFORM_METRIC ? null : PLATFORM_SLUGS[metric];
}

export const measureSlug = (measure: string): string => MEASURE_SLUGS[measure] ?? measure;

/**
 * The ranking measure from the URL, among those the filtered data offers (the first one is the default).
 * Unknown values, and measures with no data under the filters, fall back to the default and are reported.
 */
export function parseRankingMeasure(raw: string | undefined, available: readonly string[]): Parsed<string | null> {
  const fallback = available[0] ?? null;
  if (raw === undefined || raw === '') return { value: fallback, rejected: null };
  const found = available.find((m) => measureSlug(m) === raw);
  return found ? { value: found, rejected: null } : { value: fallback, rejected: raw };
}

export function rankingMeasureParam(measure: string, available: readonly string[]): string | null {
  return measure === available[0] ? null : measureSlug(measure);
}

/** The website figures as the URL names them (`serie=`, see lib/year-choices): Italian and stable whatever the interface language. */
export const WEB_SLUGS: Record<WebMetric, string> = {
  'web.page_views': 'pagine-viste', 'web.registered_users': 'utenti-registrati', 'newsletter.subscriptions': 'iscrizioni-newsletter',
  'magazine.views': 'visualizzazioni-magazine', 'magazine.new_users': 'nuovi-utenti-magazine',
};
