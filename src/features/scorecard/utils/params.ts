import type { IndicatorStatus, StrategicArea } from '../../../data/schema';
import { INDICATOR_STATUSES, INDICATOR_TAGS } from '../../../data/vocab';
import type { Locale } from '../../../lib/locale';
import { localText, type Translations } from './localize';
import { compareCodes, normalizeText, slugify } from './text';
import { compareText } from '../../../lib/compare';

import { SCORECARD_PARAMS } from '../url-params';

export { DETAIL_PARAM, SCORECARD_PARAMS } from '../url-params';
export type ScorecardParam = (typeof SCORECARD_PARAMS)[number];

export const STATUSES = INDICATOR_STATUSES;
export const TAGS = INDICATOR_TAGS;
export type Tag = (typeof TAGS)[number];

export interface ScorecardFilters {
  sa: string | null;
  stato: IndicatorStatus | null;
  /** Slug of a type ("qualita-erogata"). */
  tipo: string | null;
  tag: Tag | null;
  /** Slug of a responsible unit ("registro-delle-imprese"). */
  unita: string | null;
  /** Search text as typed (trimmed); matching ignores case and accents. */
  q: string;
}

export const NO_SCORECARD_FILTERS: ScorecardFilters = { sa: null, stato: null, tipo: null, tag: null, unita: null, q: '' };

export interface Option {
  value: string;
  label: string;
}

/** What the data offers for each filter: strategic areas, types, responsible units. */
export interface FilterOptions {
  areas: Option[];
  types: Option[];
  units: Option[];
}

type WithLabels = { areaCode: string; type: string; responsibleUnits: readonly string[]; translations?: Translations };

/**
 * Labels keyed by the slug of the Italian wording (the URL value in every language); spellings that differ
 * only in case or accents ("Tutte le Aree" / "Tutte le aree") merge into the most used one, shown in the reader's language.
 */
function slugOptions(labels: readonly string[], translations: Translations, locale: Locale): Option[] {
  const counts = new Map<string, Map<string, number>>();
  for (const label of labels) {
    const key = slugify(label);
    if (!key) continue;
    const spellings = counts.get(key) ?? new Map<string, number>();
    spellings.set(label, (spellings.get(label) ?? 0) + 1);
    counts.set(key, spellings);
  }
  return [...counts]
    .map(([value, spellings]) => ({ value, label: localText([...spellings].sort((a, b) => b[1] - a[1])[0]![0], translations, locale).text }))
    .sort((a, b) => compareText(a.label, b.label));
}

export function buildFilterOptions(indicators: readonly WithLabels[], areas: readonly StrategicArea[], locale: Locale, areaFallback: (code: string) => string): FilterOptions {
  const translations = Object.assign({}, ...new Set(indicators.map((i) => i.translations))) as Translations;
  const codes = [...new Set([...areas.map((a) => a.code), ...indicators.map((i) => i.areaCode)])].sort(compareCodes);
  return {
    areas: codes.map((code) => {
      const name = areas.find((a) => a.code === code)?.name[locale];
      return { value: code, label: name ? `${code} · ${name}` : areaFallback(code) };
    }),
    types: slugOptions(indicators.map((i) => i.type), translations, locale),
    units: slugOptions(indicators.flatMap((i) => i.responsibleUnits), translations, locale),
  };
}

const MAX_QUERY = 100;

/** Reads the URL values through an allow-list: anything the data does not offer falls back to "all". */
export function parseScorecardFilters(raw: Partial<Record<ScorecardParam, string | undefined>>, options: FilterOptions): ScorecardFilters {
  const pick = <T extends string>(value: string | undefined, allowed: readonly T[]): T | null =>
    value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : null;
  const q = (raw.q ?? '').trim().slice(0, MAX_QUERY);
  return {
    sa: pick(raw.sa, options.areas.map((o) => o.value)),
    stato: pick(raw.stato, STATUSES),
    tipo: pick(raw.tipo, options.types.map((o) => o.value)),
    tag: pick(raw.tag, TAGS),
    unita: pick(raw.unita, options.units.map((o) => o.value)),
    q: normalizeText(q) ? q : '',
  };
}

export function hasActiveFilters(f: ScorecardFilters): boolean {
  return f.sa !== null || f.stato !== null || f.tipo !== null || f.tag !== null || f.unita !== null || f.q !== '';
}
