import { notApplicable } from './checks/common';
import { runGrowthCheck } from './checks/growth';
import { runOutsideCheck, runPartsCheck } from './checks/parts';
import { CHECK_SPECS } from './checks/specs';
import { runTargetCheck } from './checks/targets';
import { runTextCheck } from './checks/text';
import type { CheckResult, CheckSpec } from './checks/types';
import type { Dataset } from './schema';

export type { CheckKind, CheckOutcome, CheckResult, CheckSpec } from './checks/types';
export { CHECK_SPECS } from './checks/specs';
export { GROWTH_TOLERANCE_POINTS, PARTS_TOLERANCE } from './checks/types';
export { checkAnchor, indicatorCheckAnchors } from './checks/anchors';

function runOn(spec: CheckSpec, dataset: Dataset): CheckResult[] {
  switch (spec.kind) {
    case 'parts-vs-total':
      return runPartsCheck(spec, dataset);
    case 'outside-groups':
      return runOutsideCheck(spec, dataset);
    case 'stated-vs-computed-growth':
      return runGrowthCheck(spec, dataset);
    case 'target-vs-result':
      return runTargetCheck(spec, dataset);
    default:
      return runTextCheck(spec, dataset);
  }
}

/**
 * Runs every declared check over the datasets of its publisher. A check whose publisher has no
 * dataset loaded, or whose facts are missing from it, yields one 'not-applicable' result, so a
 * failed file never makes a check silently disappear.
 */
export function runChecks(datasets: readonly Dataset[], specs: readonly CheckSpec[] = CHECK_SPECS): CheckResult[] {
  return specs.flatMap((spec) => {
    const own = datasets.filter((d) => d.source.organization === spec.organization);
    if (own.length === 0) return [notApplicable(spec, [], 'dataset-missing')];
    const results = own.flatMap((d) => runOn(spec, d));
    return results.length > 0 ? results : [notApplicable(spec, own.map((d) => d.source.id), 'facts-missing')];
  });
}
