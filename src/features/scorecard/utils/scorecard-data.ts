import { matchesFilters, type FactFilters } from '../../../data/facts';
import type { Dataset, Indicator, Source, StrategicArea } from '../../../data/schema';
import type { Translations } from './localize';
import { compareCodes } from './text';
import { compareText } from '../../../lib/compare';

/** The theme area that indicators belong to for the global area filter. */
export const INDICATOR_AREA = 'performance' as const;

/** An indicator with what the global filters need (area, organization) and its source. */
export interface ScorecardIndicator extends Indicator {
  area: typeof INDICATOR_AREA;
  organization: string;
  sourceId: string;
  /** Another table of the report uses the same code (1.1.5 in the plan and among the PIRA ones): say which. */
  sharedCode?: boolean;
  /** English renderings of the stated texts (its dataset's translations). */
  translations?: Translations;
}

/** Plan indicators first, then by code, then by id (ids are unique, so the order is total). */
export function compareIndicators(a: Indicator, b: Indicator): number {
  return (
    compareCodes(a.code, b.code) ||
    (a.table === b.table ? 0 : a.table === 'performance-plan' ? -1 : 1) ||
    compareText(a.id, b.id)
  );
}

export function collectIndicators(datasets: readonly Dataset[]): ScorecardIndicator[] {
  return datasets
    .flatMap((d) => {
      const tables = new Map<string, Set<string>>();
      for (const i of d.indicators) tables.set(i.code, (tables.get(i.code) ?? new Set()).add(i.table));
      return d.indicators.map((i) => ({
        ...i, area: INDICATOR_AREA, organization: d.source.organization, sourceId: d.source.id, sharedCode: tables.get(i.code)!.size > 1, translations: d.translations.en,
      }));
    })
    .sort(compareIndicators);
}

/** Strategic areas of every dataset, one per code (the first dataset that names it wins), in code order. */
export function collectStrategicAreas(datasets: readonly Dataset[]): StrategicArea[] {
  const byCode = new Map<string, StrategicArea>();
  for (const d of datasets) for (const a of d.strategicAreas) if (!byCode.has(a.code)) byCode.set(a.code, a);
  return [...byCode.values()].sort((a, b) => compareCodes(a.code, b.code));
}

/** The indicators that the global year / area / territory / organization filters keep. */
export function indicatorsForFilters<I extends ScorecardIndicator>(indicators: readonly I[], filters: FactFilters): I[] {
  return indicators.filter((i) => matchesFilters(i, filters));
}

export function sourceOf(indicator: ScorecardIndicator, sources: ReadonlyMap<string, Source>): Source | undefined {
  return sources.get(indicator.sourceId);
}
