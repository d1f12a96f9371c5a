import { filterFacts, yearsOf, type FactFilters, type SourcedFact } from '../../../data/facts';
import { buildYearTable, metricsWithYears, type YearTable } from '../../../data/years';
import type { Locale } from '../../../lib/locale';
import { buildGroups } from './build-groups';
import { TOTAL_METRICS } from './build-totals';
import { metricValue, sortGroups, type GroupMetric } from './group-sort';
import { memberFacts, selectMembers, type DimensionLabels } from './select-members';

export type TotalMetric = (typeof TOTAL_METRICS)[number];

/** The member totals year by year (every year up to the filtered one); null with fewer than two years. */
export function buildTotalsYears(all: readonly SourcedFact[], filters: FactFilters, locale: Locale): YearTable | null {
  return buildYearTable(memberFacts(all), filters, TOTAL_METRICS.map((metric) => ({ metric })), locale);
}

/** The totals the table has, in the tiles' order: what the chart's series switch offers. */
export function totalsWithYears(table: YearTable): TotalMetric[] {
  return metricsWithYears(table, TOTAL_METRICS);
}

/** One category (a group) with its value in each year; null where that year has none. */
export interface CategoryYears {
  key: string;
  label: string;
  /** Computed, not printed in the source (the members outside any group). */
  derived: boolean;
  values: Record<number, number | null>;
}

export interface GroupYears {
  years: number[];
  rows: CategoryYears[];
  facts: SourcedFact[];
}

/** The years with member facts under the filters, up to the filtered year (all of them without one). */
export function memberYears(all: readonly SourcedFact[], filters: FactFilters): number[] {
  const visible = filterFacts(memberFacts(all), { ...filters, year: null });
  return yearsOf(visible).filter((y) => filters.year === null || y <= filters.year);
}

/**
 * One metric of the industry groups in every year that has them (each year from its own report), ordered as the
 * latest year ranks them, the computed row last. Null when fewer than two years have groups.
 */
export function buildGroupYears(all: readonly SourcedFact[], filters: FactFilters, dims: DimensionLabels, locale: Locale, outside: string, metric: GroupMetric): GroupYears | null {
  const perYear = memberYears(all, filters).flatMap((year) => {
    const groups = buildGroups(selectMembers(all, { ...filters, year }), dims, locale, outside);
    return groups ? [{ year, groups }] : [];
  });
  if (perYear.length < 2) return null;
  const latest = perYear.at(-1)!.groups;
  const order = sortGroups(latest.rows, metric, 'value');
  const known = new Set(order.map((r) => r.key));
  const older = perYear.flatMap((p) => p.groups.rows).filter((r) => !known.has(r.key) && known.add(r.key));
  const rows = [...order, ...older].map((r) => ({
    key: r.key,
    label: r.label,
    derived: r.derived,
    values: Object.fromEntries(perYear.map(({ year, groups }) => {
      const row = groups.rows.find((g) => g.key === r.key);
      return [year, row ? metricValue(row, metric) : null];
    })),
  }));
  return { years: perYear.map((p) => p.year), rows, facts: perYear.flatMap((p) => p.groups.rows.flatMap((r) => r.facts)) };
}
