import type { FactFilters, SourcedFact } from '../../../data/facts';

/** The year a panel shows: the filtered year when set, else the latest year its facts have. */
export function pickYear(facts: readonly { year: number }[], filters: Pick<FactFilters, 'year'>): number | undefined {
  if (facts.length === 0) return undefined;
  if (filters.year !== null) return facts.some((f) => f.year === filters.year) ? filters.year : undefined;
  return Math.max(...facts.map((f) => f.year));
}

/** Number of dimensions a fact carries. */
export function dimCount(f: SourcedFact): number {
  return Object.keys(f.dimensions ?? {}).length;
}

/** Facts of a metric that carry exactly one dimension, this one. */
export function byOnlyDimension<F extends SourcedFact>(facts: readonly F[], metric: string, dimension: string): F[] {
  return facts.filter((f) => f.metric === metric && dimCount(f) === 1 && f.dimensions?.[dimension] !== undefined);
}

/** Facts of a metric with no dimension at all (the stated totals). */
export function totalsOf<F extends SourcedFact>(facts: readonly F[], metric: string): F[] {
  return facts.filter((f) => f.metric === metric && dimCount(f) === 0);
}
