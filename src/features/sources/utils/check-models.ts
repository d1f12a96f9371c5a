import type { CheckOutcome, CheckResult } from '../../../data/checks';
import type { CheckScope } from '../../../data/checks/types';
import type { FactFilters } from '../../../data/facts';
import type { Dataset } from '../../../data/schema';
import { formatNumber } from '../../../lib/format';
import type { Locale } from '../../../lib/locale';
import type { CountWords } from '../messages';

/**
 * A check follows the filters like the facts it checked: each set filter must equal the check's
 * scope. A scope field the check cannot know (a year, when its data did not load) does not hide it.
 */
export function matchesScope(scope: CheckScope, filters: FactFilters): boolean {
  return (
    (filters.year === null || scope.year === undefined || scope.year === filters.year) &&
    (filters.area === null || scope.area === undefined || scope.area === filters.area) &&
    (filters.territory === null || scope.territory === undefined || scope.territory === filters.territory) &&
    (filters.organization === null || scope.organization === filters.organization)
  );
}

export function filterChecks(checks: readonly CheckResult[], filters: FactFilters): CheckResult[] {
  return checks.filter((c) => matchesScope(c.scope, filters));
}

export type CheckCounts = Record<CheckOutcome, number> & { total: number };

export function countChecks(checks: readonly CheckResult[]): CheckCounts {
  const counts: CheckCounts = { total: checks.length, pass: 0, warning: 0, 'not-applicable': 0 };
  for (const c of checks) counts[c.outcome] += 1;
  return counts;
}

export interface CheckGroup {
  /** Source id, or null for checks whose source did not load. */
  sourceId: string | null;
  title: string | null;
  checks: CheckResult[];
  counts: CheckCounts;
}

/** Checks grouped by their source, in the order of the loaded datasets; unloaded sources last. */
export function groupChecksBySource(checks: readonly CheckResult[], datasets: readonly Dataset[]): CheckGroup[] {
  const groups: CheckGroup[] = datasets.map((d) => {
    const own = checks.filter((c) => c.sourceIds[0] === d.source.id);
    return { sourceId: d.source.id, title: d.source.title, checks: own, counts: countChecks(own) };
  });
  const known = new Set(datasets.map((d) => d.source.id));
  const orphan = checks.filter((c) => c.sourceIds.length === 0 || !known.has(c.sourceIds[0]!));
  if (orphan.length > 0) groups.push({ sourceId: null, title: null, checks: orphan, counts: countChecks(orphan) });
  return groups.filter((g) => g.checks.length > 0);
}

/** What the sources view shows of the checks under the filters: the list, its counts, by source. */
export interface ChecksModel {
  checks: CheckResult[];
  counts: CheckCounts;
  groups: CheckGroup[];
  /** Counts of the checks that read each loaded source (by source id), for its card. */
  bySource: Record<string, CheckCounts>;
}

export function buildChecksModel(allChecks: readonly CheckResult[], datasets: readonly Dataset[], filters: FactFilters): ChecksModel {
  const checks = filterChecks(allChecks, filters);
  const bySource = Object.fromEntries(datasets.map((d) => [d.source.id, countChecks(checks.filter((c) => c.sourceIds.includes(d.source.id)))]));
  return { checks, counts: countChecks(checks), groups: groupChecksBySource(checks, datasets), bySource };
}

/** Counts formatted for a sentence, keeping the raw numbers for plurals. */
export function countWords(c: CheckCounts, locale: Locale): CountWords {
  const f = (n: number) => formatNumber(n, locale);
  return {
    total: f(c.total), pass: f(c.pass), warning: f(c.warning), na: f(c['not-applicable']),
    totalN: c.total, passN: c.pass, warningN: c.warning, naN: c['not-applicable'],
  };
}

/** The words of counts not known yet (the checks are running): an ellipsis for each number, in the plural. */
export const PENDING_WORDS: CountWords = { total: '…', pass: '…', warning: '…', na: '…', totalN: 2, passN: 2, warningN: 2, naN: 2 };
