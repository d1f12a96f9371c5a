import { flattenFacts, sameDimensions, type SourcedFact } from '../facts';
import type { Dataset } from '../schema';
import { dimensionLabel, omitDimension, sameContext, scopeOf, within } from './common';
import { PARTS_TOLERANCE, type OutsideSpec, type PartsCheckResult, type PartsNumbers, type PartsSpec } from './types';

function partsNumbers(parts: { fact: SourcedFact; key: string }[], total: SourcedFact): PartsNumbers {
  const sum = parts.reduce((acc, p) => acc + p.fact.value, 0);
  return {
    unit: total.unit,
    parts: parts.map(({ fact, key }) => ({ key, label: fact.label, value: fact.value, factId: fact.id })),
    sum,
    total: total.value,
    totalFactId: total.id,
    totalLabel: total.label,
    difference: total.value - sum,
  };
}

/** One result: named after the fact it is about, scoped to the total it is measured against. */
function partsResult(
  spec: PartsSpec | OutsideSpec,
  dataset: Dataset,
  about: SourcedFact,
  total: SourcedFact,
  numbers: PartsNumbers,
  ok: boolean,
  explanation: PartsCheckResult['explanation'],
): PartsCheckResult {
  return {
    id: `${spec.id}@${about.id}`,
    checkId: spec.id,
    kind: spec.kind,
    title: spec.title,
    outcome: ok ? 'pass' : 'warning',
    explanation,
    sourceIds: [dataset.source.id],
    scope: scopeOf(total),
    numbers,
  };
}

/**
 * Parts against their total: for every total of the metric, the facts that add the part dimension
 * to the total's other dimensions, in the same year, organization and territory. A total without
 * parts (e.g. last year's comparison figure) is not a check.
 */
export function runPartsCheck(spec: PartsSpec, dataset: Dataset): PartsCheckResult[] {
  const facts = flattenFacts([dataset]).filter((f) => f.metric === spec.metric);
  const dim = spec.partDimension;
  const excluded = new Set(spec.exclude ?? []);
  const totals = spec.totalDimensions
    ? facts.filter((f) => sameDimensions(f.dimensions, spec.totalDimensions))
    : facts.filter((f) => f.dimensions?.[dim] === undefined);

  return totals.flatMap((total): PartsCheckResult[] => {
    const base = omitDimension(total.dimensions, dim);
    const parts = facts
      .filter((f) => f !== total && sameContext(f, total))
      .flatMap((f) => {
        const key = f.dimensions?.[dim];
        if (key === undefined || excluded.has(key) || !sameDimensions(omitDimension(f.dimensions, dim), base)) return [];
        return [{ fact: { ...f, label: dimensionLabel(dataset, dim, key, f.label) }, key }];
      });
    if (parts.length === 0) return [];
    const numbers = partsNumbers(parts, total);
    const ok = within(numbers.difference, PARTS_TOLERANCE);
    return [partsResult(spec, dataset, total, total, numbers, ok, ok ? 'parts-match' : numbers.difference > 0 ? 'parts-below-total' : 'parts-above-total')];
  });
}

/** A table's own total (e.g. the groups' total row) against the whole it belongs to (all members). */
export function runOutsideCheck(spec: OutsideSpec, dataset: Dataset): PartsCheckResult[] {
  const facts = flattenFacts([dataset]).filter((f) => f.metric === spec.metric);
  return facts
    .filter((f) => sameDimensions(f.dimensions, spec.subset))
    .flatMap((subset): PartsCheckResult[] => {
      const whole = facts.find((f) => sameDimensions(f.dimensions, undefined) && sameContext(f, subset));
      if (!whole) return [];
      const [dim, key] = Object.entries(spec.subset)[0] ?? ['', ''];
      const labelled = { ...subset, label: dimensionLabel(dataset, dim, key, subset.label) };
      const numbers = partsNumbers([{ fact: labelled, key }], whole);
      const ok = within(numbers.difference, 0);
      return [partsResult(spec, dataset, subset, whole, numbers, ok, ok ? 'none-outside' : numbers.difference > 0 ? 'outside' : 'subset-above-total')];
    });
}
