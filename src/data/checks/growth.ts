import { flattenFacts, previousOf, queryFacts, sameDimensions } from '../facts';
import type { Dataset } from '../schema';
import { dimensionLabel, omitDimension, sameContext, scopeOf, within } from './common';
import { GROWTH_TOLERANCE_POINTS, type GrowthCheckResult, type GrowthSpec } from './types';

/** Growth in percent from one value to the next (relative to the earlier value's size). */
export function growthPercent(from: number, to: number): number {
  return ((to - from) / Math.abs(from)) * 100;
}

/**
 * Every stated growth of the metric (one per statement, when the source states it twice) against
 * the growth computed from the metric's value in the same year and its previous value.
 * Growth figures with other dimensions (e.g. per platform, without per-platform values) are not checked.
 */
export function runGrowthCheck(spec: GrowthSpec, dataset: Dataset): GrowthCheckResult[] {
  const facts = flattenFacts([dataset]);
  const statementDim = spec.statementDimension ?? '';
  const stated = facts.filter((f) => f.metric === spec.growthMetric && sameDimensions(omitDimension(f.dimensions, statementDim), undefined));
  return stated.flatMap((s): GrowthCheckResult[] => {
    const to = queryFacts(facts, { metric: spec.metric, year: s.year, organization: s.organization }).find((f) => sameContext(f, s));
    const from = to && previousOf(facts, to);
    if (!to || !from || from.value === 0) return [];
    const computed = growthPercent(from.value, to.value);
    const difference = s.value - computed;
    const ok = within(difference, GROWTH_TOLERANCE_POINTS);
    const key = s.dimensions?.[statementDim];
    return [{
      id: `${spec.id}@${s.id}`,
      checkId: spec.id,
      kind: spec.kind,
      title: spec.title,
      outcome: ok ? 'pass' : 'warning',
      explanation: ok ? 'growth-within-tolerance' : 'growth-off',
      sourceIds: [dataset.source.id],
      scope: scopeOf(s),
      numbers: {
        stated: s.value,
        computed,
        difference,
        tolerance: GROWTH_TOLERANCE_POINTS,
        unit: to.unit,
        from: { year: from.year, value: from.value, factId: from.id },
        to: { year: to.year, value: to.value, factId: to.id },
        statedFactId: s.id,
        statement: key === undefined ? undefined : { key, label: dimensionLabel(dataset, statementDim, key, s.label) },
      },
    }];
  });
}
