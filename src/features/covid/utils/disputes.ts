import { filterFacts, yearsOf, type FactFilters, type SourcedFact } from '../../../data/facts';
import { computeDelta, type TileDelta } from '../../../data/kpi';
import type { TableModel } from '../../../components/ui/table-model';
import type { Locale } from '../../../lib/locale';

export const DISPUTE_METRICS = ['covid.disputes.individual', 'covid.disputes.collective'] as const;

export interface DisputeCategory {
  metric: string;
  label: string;
  /** Value per shown year (null where the data has none). */
  values: Record<number, number | null>;
  /** The last shown year against the one before, when both exist. */
  delta?: TileDelta;
}

export interface DisputesModel {
  years: number[];
  categories: DisputeCategory[];
  sourceId: string;
  section: string;
}

/**
 * Disputes by kind, the chosen year beside its comparison year (the data's previous year), or every year
 * without a year filter. The change is computed (computeDelta), never read from the data.
 */
export function buildDisputes(all: readonly SourcedFact[], filters: FactFilters, locale: Locale): DisputesModel | null {
  const facts = filterFacts(all, { ...filters, year: null }).filter(
    (f) => (DISPUTE_METRICS as readonly string[]).includes(f.metric) && !f.dimensions,
  );
  const available = yearsOf(facts);
  if (filters.year !== null && !available.includes(filters.year)) return null;
  const years = filters.year === null ? available : [...available.filter((y) => y < filters.year!).slice(-1), filters.year];
  if (years.length === 0) return null;
  const last = years[years.length - 1]!;
  const before = years[years.length - 2];
  const categories = DISPUTE_METRICS.flatMap((metric) => {
    const series = facts.filter((f) => f.metric === metric && years.includes(f.year));
    if (series.length === 0) return [];
    const at = (y: number | undefined) => series.find((f) => f.year === y)?.value ?? null;
    const [now, then] = [at(last), at(before)];
    const latest = series.reduce((a, b) => (b.year > a.year ? b : a));
    return [{
      metric,
      label: latest.label[locale],
      values: Object.fromEntries(years.map((y) => [y, at(y)])),
      delta: now !== null && then !== null && before !== undefined ? computeDelta(now, then, before) : undefined,
    }];
  });
  const first = facts.find((f) => years.includes(f.year))!;
  return { years, categories, sourceId: first.sourceId, section: first.provenance.section };
}

/** Rows for the chart (one per kind of dispute, one key per year). */
export function disputeRows(model: DisputesModel): Record<string, string | number | null>[] {
  return model.categories.map((c) => ({ label: c.label, ...Object.fromEntries(model.years.map((y) => [`y${y}`, c.values[y] ?? null])) }));
}

/** The table alternative: values per year and the computed change (rounded to one decimal, as shown). */
export function disputesTable(model: DisputesModel, labels: { kind: string; change: string }): TableModel {
  const hasDelta = model.categories.some((c) => c.delta?.pct != null);
  return {
    columns: [
      { key: 'label', label: labels.kind },
      ...model.years.map((y) => ({ key: `y${y}`, label: String(y), unit: 'number' as const })),
      ...(hasDelta ? [{ key: 'change', label: labels.change, unit: 'percent' as const }] : []),
    ],
    rows: disputeRows(model).map((row, i) => {
      const pct = model.categories[i]!.delta?.pct;
      return hasDelta ? { ...row, change: pct == null ? null : Math.round(pct * 10) / 10 } : row;
    }),
  };
}
