import type { SourcedFact } from '../../../data/facts';
import type { TileSpec } from '../../../data/kpi';
import type { Qualifier, Unit } from '../../../data/schema';
import type { Locale } from '../../../lib/locale';

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
