import type { SourcedFact } from './facts';

/** Facts with their grouping by metric, built together (see indexFacts). */
export type IndexedFacts<F extends SourcedFact = SourcedFact> = F[] & { readonly byMetric: ReadonlyMap<string, readonly F[]> };

/**
 * The facts with a grouping by metric that travels with them, so a tile or a previous-year lookup
 * reads its own metric's facts instead of scanning every fact. Built once with the facts (by a view
 * model's data step); a list derived from them (filtered, sliced) is a plain list again.
 */
export function indexFacts<F extends SourcedFact>(facts: F[]): IndexedFacts<F> {
  const groups = new Map<string, F[]>();
  for (const f of facts) {
    const list = groups.get(f.metric);
    if (list) list.push(f);
    else groups.set(f.metric, [f]);
  }
  return Object.defineProperty(facts, 'byMetric', { value: groups, enumerable: false }) as IndexedFacts<F>;
}

/** The facts of one metric, in their order in `facts`: from the index when the list has one, else by a scan. */
export function factsOfMetric<F extends SourcedFact>(facts: readonly F[], metric: string): readonly F[] {
  const index = (facts as Partial<IndexedFacts<F>>).byMetric;
  return index ? (index.get(metric) ?? []) : facts.filter((f) => f.metric === metric);
}
