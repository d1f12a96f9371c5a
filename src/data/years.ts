import { factsOfMetric } from './fact-index';
import { matchesFilters, matchesQuery, seriesKey, type FactFilters, type SourcedFact } from './facts';
import type { TrendPoint } from './kpi';
import type { Unit } from './schema';
import type { Locale } from '../lib/locale';

export interface YearRow {
  key: string;
  label: string;
  unit: Unit;
  points: TrendPoint[];
}

export interface YearTable {
  years: number[];
  rows: YearRow[];
}

/**
 * The listed series year by year: every year the data has up to the chosen one (all of them
 * without a year filter), under the other filters. Only series with two years or more are rows;
 * null when none has, so a view with one year of data shows nothing more.
 */
export function buildYearTable(all: readonly SourcedFact[], filters: FactFilters, specs: readonly { metric: string; dimensions?: Record<string, string> }[], locale: Locale): YearTable | null {
  const rows: YearRow[] = [];
  const scope = { ...filters, year: null };
  for (const spec of specs) {
    const series = new Map<string, SourcedFact[]>();
    for (const f of factsOfMetric(all, spec.metric)) {
      if (!matchesFilters(f, scope) || !matchesQuery(f, spec) || (filters.year !== null && f.year > filters.year)) continue;
      const key = seriesKey(f);
      const list = series.get(key);
      if (!list) series.set(key, [f]);
      else if (!list.some((g) => g.year === f.year)) list.push(f);
    }
    for (const [key, facts] of series) {
      if (facts.length < 2) continue;
      const sorted = facts.sort((a, b) => a.year - b.year);
      const latest = sorted.at(-1)!;
      rows.push({ key, label: latest.label[locale], unit: latest.unit, points: sorted.map((f) => ({ year: f.year, value: f.value })) });
    }
  }
  if (!rows.length) return null;
  return { years: [...new Set(rows.flatMap((r) => r.points.map((p) => p.year)))].sort((a, b) => a - b), rows };
}

/** A metric's row of the table (its series without dimensions), if it has several years. */
export function yearRowOf(table: YearTable, metric: string): YearRow | undefined {
  return table.rows.find((r) => r.key.split('|')[1] === metric);
}

/** Of the listed metrics, in their order, those with a row: what a chart's series switch offers. */
export function metricsWithYears<M extends string>(table: YearTable, metrics: readonly M[]): M[] {
  return metrics.filter((m) => yearRowOf(table, m));
}

/** Percent change from the year before the last to the last; null without two years or from zero. */
export function lastChange(row: YearRow): number | null {
  const [before, last] = row.points.slice(-2);
  return before && last && before.value !== 0 ? ((last.value - before.value) / Math.abs(before.value)) * 100 : null;
}

/** A series across the years as a chart draws it: a column per year. */
export function yearColumns(row: YearRow): { key: string; value: number }[] {
  return row.points.map((p) => ({ key: String(p.year), value: p.value }));
}
