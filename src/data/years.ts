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
