import type { ReactNode } from 'react';
import { ChartFrame } from '../../../components/ui/chart-frame';
import { YearRowsChart } from '../../../components/ui/year-rows-chart';
import { formatNumber } from '../../../lib/format';
import { useMessages } from '../../../lib/i18n';
import { useMembers } from '../hooks/use-members';
import { useNarrow } from '../../../lib/use-narrow';
import { membersMessages } from '../messages';
import { GROUP_METRICS, type GroupMetric } from '../utils/group-sort';
import type { GroupYears } from '../utils/year-on-year';
import { groupChartData, groupYearsTable } from '../utils/year-views';
import { membersYearMessages } from '../year-messages';
import { useSourceText } from './use-source-text';
import { YearSwitch } from './year-switch';


interface Props {
  model: GroupYears;
  metric: GroupMetric;
  onMetric: (m: GroupMetric) => void;
  /** The switch back to one year, first in the toolbar. */
  compareSwitch: ReactNode;
}

/** The groups' chosen metric in every year, one bar per year per group; the table gives every value. */
export function GroupsYears({ model, metric, onMetric, compareSwitch }: Props) {
  const t = useMessages(membersMessages).groups;
  const y = useMessages(membersYearMessages);
  const { sources, locale } = useMembers();
  const narrow = useNarrow();
  const source = useSourceText(model.facts, sources);
  const digits = metric === 'perFirm' ? 1 : 0;
  const format = (v: number) => formatNumber(v, locale, digits);
  const from = model.years[0]!;
  const to = model.years.at(-1)!;
  const top = model.rows.find((r) => !r.derived && r.values[to] != null);
  const title = top ? y.groupsTitle(t.metrics[metric], String(from), String(to), top.label, format(top.values[to]!)) : t.titleFallback;
  const options = GROUP_METRICS.map((m) => ({ value: m, label: t.metrics[m] }));
  const toolbar = (
    <>
      {compareSwitch}
      <YearSwitch label={t.metric} options={options} value={metric} onChange={onMetric} />
    </>
  );
  const rows = model.rows.length;
  return (
    <div className="members-groups members-groups-years">
      <ChartFrame title={title} summary={y.groupsSummary(model.years.join(', '))} source={source} table={groupYearsTable(model, y.col.group)}
        height={{ wide: Math.max(560, rows * model.years.length * 16 + 80), narrow: Math.max(640, rows * model.years.length * 18 + 100) }} toolbar={toolbar}>
        <YearRowsChart data={groupChartData(model)} rows={model.rows} years={model.years} format={format} narrow={narrow} locale={locale} />
      </ChartFrame>
    </div>
  );
}
