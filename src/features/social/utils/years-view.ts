import type { TableModel } from '../../../components/ui/table-model';
import { filterFacts, yearsOf, type FactFilters, type SourcedFact } from '../../../data/facts';
import { buildYearTable, metricsWithYears, type YearTable } from '../../../data/years';
import type { Locale } from '../../../lib/locale';
import type { DimensionLabels } from './labels';
import { buildPlatformComparison, type PlatformMetric } from './platforms';
import { WEB_TILE_METRICS } from './tiles';
import { compareText } from '../../../lib/compare';

export type WebMetric = (typeof WEB_TILE_METRICS)[number];

/** The website, newsletter and magazine figures year by year (up to the filtered year); null with fewer than two years. */
export function buildWebYears(all: readonly SourcedFact[], filters: FactFilters, locale: Locale): YearTable | null {
  return buildYearTable(all, filters, WEB_TILE_METRICS.map((metric) => ({ metric })), locale);
}

/** The figures with several years, in the tiles' order: what the chart's series switch offers. */
export function webWithYears(table: YearTable): WebMetric[] {
  return metricsWithYears(table, WEB_TILE_METRICS);
}

export interface PlatformYears {
  organization: string;
  metric: PlatformMetric;
  years: number[];
  /** Each platform with its value per year (null: not given that year), ranked by the latest year. */
  rows: { key: string; label: string; values: Record<number, number | null> }[];
  facts: SourcedFact[];
}

/**
 * One metric per platform in every year that has platform figures, for the organisation the latest year compares
 * (each year from its own report; engagement computed per year). Null when fewer than two years have them.
 */
export function buildPlatformYears(all: readonly SourcedFact[], filters: FactFilters, labels: DimensionLabels, metric: PlatformMetric): PlatformYears | null {
  const latest = buildPlatformComparison(filterFacts(all, filters), labels);
  if (!latest) return null;
  const mine = filterFacts(all, { ...filters, year: null }).filter((f) => f.organization === latest.organization);
  const perYear = yearsOf(mine)
    .filter((y) => y <= latest.year)
    .flatMap((year) => {
      const model = buildPlatformComparison(mine.filter((f) => f.year === year), labels);
      return model ? [{ year, model }] : [];
    });
  if (perYear.length < 2) return null;
  const last = perYear.at(-1)!.model;
  const value = (year: number, key: string) => perYear.find((p) => p.year === year)?.model.platforms.find((r) => r.key === key)?.[metric] ?? null;
  const keys = [...new Set(perYear.flatMap((p) => p.model.platforms.map((r) => r.key)))];
  const rank = (key: string) => last.platforms.find((r) => r.key === key)?.[metric] ?? -Infinity;
  const rows = keys
    .map((key) => ({ key, label: labels('platform', key), values: Object.fromEntries(perYear.map((p) => [p.year, value(p.year, key)])) }))
    .sort((a, b) => rank(b.key) - rank(a.key) || compareText(a.label, b.label));
  return { organization: latest.organization, metric, years: perYear.map((p) => p.year), rows, facts: perYear.flatMap((p) => p.model.facts) };
}

/** The platforms' values per year as the chart draws them: a row per platform, a field per year. */
export function platformChartData(model: PlatformYears): Record<string, string | number | null>[] {
  return model.rows.map((r) => ({ key: r.key, ...Object.fromEntries(model.years.map((y) => [String(y), r.values[y] ?? null])) }));
}

/** The same as a table, in the chart's order; a value the source does not give reads `notGiven` (n.d., never 0). */
export function platformYearsTable(model: PlatformYears, platform: string, notGiven: string): TableModel {
  return {
    columns: [{ key: 'platform', label: platform }, ...model.years.map((y) => ({ key: String(y), label: String(y), unit: 'number' as const }))],
    rows: model.rows.map((r) => ({ platform: r.label, ...Object.fromEntries(model.years.map((y) => [String(y), r.values[y] ?? notGiven])) })),
  };
}
