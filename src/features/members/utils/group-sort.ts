import type { GroupRow, Groups } from './build-groups';
import { compareText } from '../../../lib/compare';

export const GROUP_METRICS = ['firms', 'employees', 'perFirm'] as const;
export type GroupMetric = (typeof GROUP_METRICS)[number];
export const GROUP_SORTS = ['value', 'letter'] as const;
export type GroupSort = (typeof GROUP_SORTS)[number];

export function metricValue(row: GroupRow, metric: GroupMetric): number | null {
  return row[metric];
}

/**
 * Groups by value (largest first, missing values last, ties by letter) or by letter.
 * The computed row of members outside any group is not a group: it always comes last.
 */
export function sortGroups(rows: readonly GroupRow[], metric: GroupMetric, sort: GroupSort): GroupRow[] {
  const byKey = (a: GroupRow, b: GroupRow) => compareText(a.key, b.key);
  const byValue = (a: GroupRow, b: GroupRow) => {
    const va = metricValue(a, metric);
    const vb = metricValue(b, metric);
    if (va === null || vb === null) return va === vb ? byKey(a, b) : va === null ? 1 : -1;
    return vb - va || byKey(a, b);
  };
  const groups = rows.filter((r) => !r.derived).sort(sort === 'value' ? byValue : byKey);
  return [...groups, ...rows.filter((r) => r.derived)];
}

export type GroupsFinding =
  | { kind: 'share'; metric: 'firms' | 'employees'; labels: [string, string]; share: number }
  | { kind: 'perFirm'; label: string; value: number; average: number | null };

/** What the chart shows, for its title: the two largest groups' joint share, or the largest firms on average. */
export function groupsFinding(groups: Groups, metric: GroupMetric): GroupsFinding | null {
  const top = sortGroups(groups.rows, metric, 'value').filter((r) => !r.derived && metricValue(r, metric) !== null);
  if (metric === 'perFirm') {
    const first = top[0];
    if (!first || first.perFirm === null) return null;
    const average = groups.totalFirms && groups.totalEmployees !== null ? groups.totalEmployees / groups.totalFirms : null;
    return { kind: 'perFirm', label: first.label, value: first.perFirm, average };
  }
  const [a, b] = top;
  const total = metric === 'firms' ? groups.totalFirms : groups.totalEmployees;
  if (!a || !b || !total) return null;
  return { kind: 'share', metric, labels: [a.label, b.label], share: (((a[metric] ?? 0) + (b[metric] ?? 0)) / total) * 100 };
}
