import { useId } from 'react';
import { useMessages } from '../../../lib/i18n';
import { membersMessages } from '../messages';
import type { GroupRow } from '../utils/build-groups';
import { GROUP_METRICS, GROUP_SORTS, type GroupMetric, type GroupSort } from '../utils/group-sort';

interface Props {
  metric: GroupMetric;
  sort: GroupSort;
  group: string | null;
  /** Rows in letter order, for the group list. */
  rows: readonly GroupRow[];
  onMetric: (m: GroupMetric) => void;
  onSort: (s: GroupSort) => void;
  onGroup: (key: string | null) => void;
}

/** The keyboard path to everything the chart does: metric switch, sort, and choosing a group. */
export function GroupsToolbar({ metric, sort, group, rows, onMetric, onSort, onGroup }: Props) {
  const t = useMessages(membersMessages).groups;
  const id = useId();
  return (
    <>
      <div role="group" aria-labelledby={`${id}-metric`} className="members-switch">
        <span id={`${id}-metric`} className="members-switch-label">{t.metric}</span>
        {GROUP_METRICS.map((m) => (
          <button key={m} type="button" aria-pressed={metric === m} onClick={() => onMetric(m)}>
            {t.metrics[m]}
          </button>
        ))}
      </div>
      <div role="group" aria-labelledby={`${id}-sort`} className="members-switch">
        <span id={`${id}-sort`} className="members-switch-label">{t.sort}</span>
        {GROUP_SORTS.map((s) => (
          <button key={s} type="button" aria-pressed={sort === s} onClick={() => onSort(s)}>
            {t.sorts[s]}
          </button>
        ))}
      </div>
      <div className="members-switch">
        <label htmlFor={`${id}-group`} className="members-switch-label">{t.group}</label>
        <select id={`${id}-group`} value={group ?? ''} onChange={(e) => onGroup(e.target.value || null)}>
          <option value="">{t.none}</option>
          {rows.map((r) => (
            <option key={r.key} value={r.key}>{r.label}</option>
          ))}
        </select>
      </div>
    </>
  );
}
