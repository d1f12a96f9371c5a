import { useMemo } from 'react';
import { lazyChart } from '../../../components/ui/lazy-chart';
import { ChartFrame } from '../../../components/ui/chart-frame';
import type { TableModel } from '../../../components/ui/table-model';
import { formatNumber, formatPercent, formatValue } from '../../../lib/format';
import { useMessages } from '../../../lib/i18n';
import { useGroupParams } from '../hooks/use-group-params';
import { useMembers } from '../hooks/use-members';
import { useNarrow } from '../../../lib/use-narrow';
import { membersMessages } from '../messages';
import { buildGroupDetail } from '../utils/build-group-detail';
import type { Groups } from '../utils/build-groups';
import { buildGroupYears } from '../utils/year-on-year';
import { COMPARE_PARAM } from '../../../lib/year-choice-params';
import { compareParam, parseCompare, type CompareMode } from '../../../lib/year-choices';
import { membersYearMessages } from '../year-messages';
import { useFiltersStore } from '../../../store/filters-store';
import { groupsFinding, sortGroups, type GroupMetric } from '../utils/group-sort';
import { GroupDetailCard } from './group-detail';
import { GroupsToolbar } from './groups-toolbar';
import { GroupsYears } from './groups-years';
import { YearSwitch } from './year-switch';
import { PanelEmpty } from '../../../components/connected/panel-empty';
import { useSourceText } from './use-source-text';

const GroupsChart = lazyChart(() => import('./groups-chart'));

type T = (typeof membersMessages)['it']['groups'];

function titleOf(groups: Groups, metric: GroupMetric, t: T, locale: 'it' | 'en'): string {
  const f = groupsFinding(groups, metric);
  if (!f) return t.titleFallback;
  if (f.kind === 'perFirm') return t.titlePerFirm(f.label, formatNumber(f.value, locale, 1), f.average === null ? '—' : formatNumber(f.average, locale, 1));
  return t.titleShare(f.labels[0], f.labels[1], formatPercent(f.share, locale, 1), f.metric === 'firms');
}

/** The twelve industry groups and the members outside them, by a chosen metric; a selected group gets a detail card. */
export function GroupsPanel() {
  const t = useMessages(membersMessages).groups;
  const y = useMessages(membersYearMessages);
  const { groups, dims, sources, locale, all, filters, members } = useMembers();
  const narrow = useNarrow();
  const compare = parseCompare(useFiltersStore((s) => s.extra[COMPARE_PARAM]));
  const setExtra = useFiltersStore((s) => s.setExtra);
  const keys = useMemo(() => groups?.rows.map((r) => r.key) ?? [], [groups]);
  const params = useGroupParams(keys);
  const source = useSourceText(groups?.rows.flatMap((r) => r.facts) ?? [], sources);
  const sorted = useMemo(() => (groups ? sortGroups(groups.rows, params.metric, params.sort) : []), [groups, params.metric, params.sort]);
  const detail = useMemo(() => (groups ? buildGroupDetail(groups, params.group, sources) : null), [groups, params.group, sources]);
  const groupYears = useMemo(() => buildGroupYears(all, filters, dims, locale, t.outside, params.metric), [all, filters, dims, locale, t.outside, params.metric]);
  if (!groups) return <PanelEmpty title={t.panel} facts={members} />;
  // With several years, a switch to the year-on-year view of the chart (one year only: no switch).
  const modes = (['year', 'years'] as const).map((m) => ({ value: m, label: y.modes[m] }));
  const compareSwitch = groupYears && (
    <YearSwitch<CompareMode> label={y.compare} options={modes} value={compare} onChange={(m) => setExtra(COMPARE_PARAM, compareParam(m))} />
  );
  if (groupYears && compare === 'years') return <GroupsYears model={groupYears} metric={params.metric} onMetric={params.setMetric} compareSwitch={compareSwitch} />;

  const outside = groups.rows.find((r) => r.derived);
  const summary =
    t.summary(String(groups.rows.filter((r) => !r.derived).length), formatValue(groups.tableFirms ?? 0, 'firms', locale), formatNumber(groups.totalFirms ?? 0, locale)) +
    (outside ? t.outsideNote(formatValue(outside.firms ?? 0, 'firms', locale), formatValue(outside.employees ?? 0, 'employees', locale)) : '') +
    (groups.inconsistent ? t.inconsistent : '') +
    t.sharesNote +
    (outside ? t.sortNote : '');
  const table: TableModel = {
    columns: [
      { key: 'group', label: t.col.group },
      { key: 'firms', label: t.col.firms, unit: 'number' },
      { key: 'firmsShare', label: t.col.firmsShare, unit: 'percent' },
      { key: 'employees', label: t.col.employees, unit: 'number' },
      { key: 'employeesShare', label: t.col.employeesShare, unit: 'percent' },
      { key: 'perFirm', label: t.col.perFirm, unit: 'number' },
    ],
    rows: sorted.map((r) => ({ group: r.label, firms: r.firms, firmsShare: r.firmsShare, employees: r.employees, employeesShare: r.employeesShare, perFirm: r.perFirm })),
  };
  const byLetter = sortGroups(groups.rows, params.metric, 'letter');
  const select = (key: string | null) => params.setGroup(key === params.group ? null : key);

  return (
    <div className="members-groups">
      <ChartFrame
        title={titleOf(groups, params.metric, t, locale)}
        summary={summary}
        source={source}
        table={table}
        height={{ wide: 560, narrow: 640 }}
        toolbar={
          <>
          {compareSwitch}
          <GroupsToolbar
            metric={params.metric}
            sort={params.sort}
            group={params.group}
            rows={byLetter}
            onMetric={params.setMetric}
            onSort={params.setSort}
            onGroup={params.setGroup}
          />
          </>
        }
      >
        <GroupsChart rows={sorted} metric={params.metric} selected={params.group} onSelect={select} narrow={narrow} locale={locale} metricLabel={t.metrics[params.metric]} />
      </ChartFrame>
      <GroupDetailCard detail={detail} onClear={() => params.setGroup(null)} />
    </div>
  );
}
