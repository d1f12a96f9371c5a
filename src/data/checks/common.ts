import type { SourcedFact } from '../facts';
import type { Dataset, I18nText } from '../schema';
import { FLOAT_EPSILON, type CheckResult, type CheckScope, type CheckSpec, type ExplanationKey } from './types';

/** |a − b| within a tolerance, with room for floating point only. */
export function within(difference: number, tolerance: number): boolean {
  return Math.abs(difference) <= tolerance + FLOAT_EPSILON;
}

/** The dimensions without one key (undefined when nothing is left). */
export function omitDimension(dims: Record<string, string> | undefined, key: string): Record<string, string> | undefined {
  if (!dims) return undefined;
  const rest = Object.fromEntries(Object.entries(dims).filter(([k]) => k !== key));
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/** Same year, organization and territory: the facts describe the same thing at the same time. */
export function sameContext(a: SourcedFact, b: SourcedFact): boolean {
  return a.year === b.year && a.organization === b.organization && a.territory === b.territory;
}

/** The dataset's label of a dimension value, else the fact's own label. */
export function dimensionLabel(dataset: Dataset, dimension: string, value: string, fallback: I18nText): I18nText {
  return dataset.dimensions[dimension]?.[value] ?? fallback;
}

export function scopeOf(fact: SourcedFact): CheckScope {
  return { year: fact.year, area: fact.area, territory: fact.territory, organization: fact.organization };
}

/** The result of a check whose facts are not there: nothing to compare, and it says why. */
export function notApplicable(spec: CheckSpec, sourceIds: string[], reason: Extract<ExplanationKey, 'dataset-missing' | 'facts-missing'>): CheckResult {
  return {
    id: `${spec.id}@${reason}`,
    checkId: spec.id,
    kind: spec.kind,
    title: spec.title,
    outcome: 'not-applicable',
    explanation: reason,
    sourceIds,
    scope: { area: spec.area, organization: spec.organization },
  };
}
