import { useId, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../components/ui/chart-frame';
import type { TableModel } from '../../../components/ui/table-model';
import { formatPercent, formatValue } from '../../../lib/format';
import { prefersReducedMotion, useThemeColours } from '../../../lib/colours';
import { useMessages } from '../../../lib/i18n';
import { useMembers } from '../hooks/use-members';
import { useNarrow } from '../hooks/use-narrow';
import { membersMessages } from '../messages';
import { buildSizeClasses, type SizeClassRow } from '../utils/build-size-classes';
import { categoryTick } from './category-tick';
import { PanelEmpty } from './panel-empty';
import { useSourceText } from './use-source-text';

/** Firms and employees per size class, as shares of all members, side by side. */
export function SizePanel() {
  const t = useMessages(membersMessages).size;
  const { scope, dims, sources, locale } = useMembers();
  const colours = useThemeColours();
  const narrow = useNarrow();
  const hatch = useId().replace(/:/g, '');
  const size = useMemo(() => buildSizeClasses(scope, dims, locale), [scope, dims, locale]);
  const source = useSourceText(size?.rows.flatMap((r) => r.facts) ?? [], sources);
  if (!size) return <PanelEmpty heading={t.panel} />;

  const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, locale, 1));
  const most = (k: 'firmsShare' | 'employeesShare') => [...size.rows].sort((a, b) => (b[k] ?? -1) - (a[k] ?? -1))[0]!;
  const leaders = [...new Set([most('firmsShare'), most('employeesShare')])];
  const title = leaders.map((r) => t.clause(r.label, pct(r.firmsShare), pct(r.employeesShare))).join('; ');
  const rowText = (r: SizeClassRow) =>
    t.row(r.label, r.firms === null ? '—' : formatValue(r.firms, 'firms', locale), pct(r.firmsShare), r.employees === null ? '—' : formatValue(r.employees, 'employees', locale), pct(r.employeesShare));
  const summary = t.summary(size.rows.map(rowText).join('; ')) + t.gaps + (size.totalsFrom === 'sum' ? t.sumNote : '');
  const table: TableModel = {
    columns: [
      { key: 'cls', label: t.cls },
      { key: 'firms', label: t.firms, unit: 'number' },
      { key: 'firmsShare', label: t.firmsShare, unit: 'percent' },
      { key: 'employees', label: t.employees, unit: 'number' },
      { key: 'employeesShare', label: t.employeesShare, unit: 'percent' },
      { key: 'perFirm', label: t.perFirm, unit: 'number' },
    ],
    rows: size.rows.map((r) => ({ cls: r.label, firms: r.firms, firmsShare: r.firmsShare, employees: r.employees, employeesShare: r.employeesShare, perFirm: r.perFirm })),
  };
  const labels = new Map(size.rows.map((r) => [r.key, r.label]));
  const Tick = categoryTick({ labels, wrap: narrow ? 100 : 200, fill: colours.text, axis: 'x' });
  const label = (v: unknown) => (typeof v === 'number' ? formatPercent(v, locale, 1) : '');

  return (
    <ChartFrame title={title} summary={summary} source={source} table={table} height={narrow ? 360 : 340}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={size.rows} margin={{ top: 24, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <defs>
            <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill={colours.series[1]} />
              <line x1="0" y1="0" x2="0" y2="6" stroke={colours.surface} strokeWidth="2" />
            </pattern>
          </defs>
          <CartesianGrid vertical={false} stroke={colours.grid} />
          <XAxis dataKey="key" tick={Tick} height={narrow ? 56 : 44} interval={0} stroke={colours.muted} />
          <YAxis domain={[0, 100]} tickFormatter={(v: number) => formatPercent(v, locale, 0)} stroke={colours.muted} tick={{ fill: colours.text }} width={60} />
          <Tooltip
            formatter={(v) => (typeof v === 'number' ? formatPercent(v, locale, 1) : String(v))}
            labelFormatter={(k) => labels.get(String(k)) ?? String(k)}
          />
          <Legend wrapperStyle={{ color: colours.text }} itemSorter={null} />
          <Bar dataKey="firmsShare" name={t.firmsShare} fill={colours.series[0]} isAnimationActive={!prefersReducedMotion()}>
            <LabelList dataKey="firmsShare" position="top" fill={colours.text} formatter={label} />
          </Bar>
          <Bar dataKey="employeesShare" name={t.employeesShare} fill={`url(#${hatch})`} stroke={colours.series[1]} isAnimationActive={!prefersReducedMotion()}>
            <LabelList dataKey="employeesShare" position="top" fill={colours.text} formatter={label} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
