import type { SourcedFact } from './facts';

const metricIndexes = new WeakMap<readonly SourcedFact[], ReadonlyMap<string, readonly SourcedFact[]>>();

/**
 * The facts of one metric, in their order in `facts`. The grouping is built once per facts array
 * (like flattenFacts), so a tile or a previous-year lookup reads its own metric's facts instead of
 * scanning every fact.
 */
export function factsOfMetric<F extends SourcedFact>(facts: readonly F[], metric: string): readonly F[] {
  let index = metricIndexes.get(facts);
  if (!index) {
    const groups = new Map<string, F[]>();
    for (const f of facts) {
      const list = groups.get(f.metric);
      if (list) list.push(f);
      else groups.set(f.metric, [f]);
    }
    index = groups;
    metricIndexes.set(facts, index);
  }
  return (index.get(metric) ?? []) as readonly F[];
}
