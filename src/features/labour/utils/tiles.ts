import { queryFacts, type SourcedFact } from '../../../data/facts';
import { buildTile, type TileModel } from '../../../data/kpi';
import type { Qualifier, Source, Unit } from '../../../data/schema';
import type { Locale } from '../../../lib/locale';

/** Which series a tile shows (declared, never a typed figure). */
export interface TileSpec {
  metric: string;
  dimensions?: Record<string, string>;
}

/** Milan's labour-market rates, each with its reference year. */
export const RATE_TILES: readonly TileSpec[] = [
  { metric: 'labour.employment_rate' },
  { metric: 'labour.unemployment_rate' },
  { metric: 'labour.female_employment_rate' },
  { metric: 'labour.neet_share', dimensions: { ageBand: '15-24' } },
];

/** How employment changed since 2008, and fixed-term contracts. */
export const CHANGE_TILES: readonly TileSpec[] = [
  { metric: 'labour.employed.change_since_2008.pct' },
  { metric: 'labour.employed.change_since_2008' },
  { metric: 'labour.employment.years_to_precrisis_level' },
  { metric: 'labour.fixed_term_contracts.change' },
];

/**
 * Tiles for the declared series among the visible facts, in the order declared.
 * Without a year filter each series shows its latest year; its change is against the year before (from all facts).
 */
export function selectFacts(visible: readonly SourcedFact[], specs: readonly TileSpec[], yearFilter: number | null): SourcedFact[] {
  return specs.flatMap((spec) => {
    const matches = queryFacts(visible, { metric: spec.metric, dimensions: spec.dimensions });
    const latest = Math.max(...matches.map((f) => f.year));
    return matches.filter((f) => yearFilter !== null || f.year === latest);
  });
}

export function buildTiles(
  visible: readonly SourcedFact[],
  all: readonly SourcedFact[],
  specs: readonly TileSpec[],
  yearFilter: number | null,
  sources: ReadonlyMap<string, Source>,
  locale: Locale,
): TileModel[] {
  return selectFacts(visible, specs, yearFilter).map((f) => buildTile(f, all, sources, locale));
}

/** One line of a panel's text summary: a changes' value is read with its sign. */
export interface SummaryPart {
  label: string;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  year: number;
  isChange: boolean;
}

export function summaryParts(facts: readonly SourcedFact[], locale: Locale): SummaryPart[] {
  return facts.map((f) => ({
    label: f.label[locale], value: f.value, unit: f.unit, qualifier: f.qualifier, year: f.year, isChange: /(^|\.)change(\.|$|_)/.test(f.metric),
  }));
}
