import type { CheckKind, CheckResult } from './types';

/** The id of a check's item on the Sources view (other views link to it as /fonti#<id>). */
export function checkAnchor(resultId: string): string {
  return `check-${resultId.replace(/[^a-z0-9-]/gi, '-')}`;
}

/** For each indicator a reading of the source's words found odd: the anchor of that check, by kind. */
export type IndicatorAnchors = Map<string, Partial<Record<CheckKind, string>>>;

export function indicatorCheckAnchors(results: readonly CheckResult[]): IndicatorAnchors {
  const anchors: IndicatorAnchors = new Map();
  for (const r of results) {
    if (r.outcome !== 'warning' || !r.numbers || !('findings' in r.numbers)) continue;
    for (const id of r.numbers.findings.flatMap((f) => f.indicatorIds)) anchors.set(id, { ...anchors.get(id), [r.kind]: checkAnchor(r.id) });
  }
  return anchors;
}
