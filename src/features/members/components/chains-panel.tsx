import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../components/ui/chart-frame';
import { DataTable } from '../../../components/ui/data-table';
import type { TableModel } from '../../../components/ui/table-model';
import { formatCompact, formatNumber } from '../../../lib/format';
import { prefersReducedMotion, useThemeColours } from '../../../lib/colours';
import { useMessages } from '../../../lib/i18n';
import { useMembers } from '../hooks/use-members';
import { useNarrow } from '../hooks/use-narrow';
import { membersMessages } from '../messages';
import { buildChains } from '../utils/build-chains';
import { categoryTick } from './category-tick';
import { PanelEmpty } from './panel-empty';
import { useSourceText } from './use-source-text';

/** Firms enrolled per supply chain: a bar chart and its table, with the computed sum (the source states no total). */
export function ChainsPanel() {
  const t = useMessages(membersMessages).chains;
  const { scope, dims, sources, locale } = useMembers();
  const colours = useThemeColours();
  const narrow = useNarrow();
  const chains = useMemo(() => buildChains(scope, dims, locale), [scope, dims, locale]);
  const source = useSourceText(chains?.rows.map((r) => r.fact) ?? [], sources);
  if (!chains) return <PanelEmpty heading={t.panel} />;

  const first = chains.rows[0]!;
  const title = t.title(first.label, formatNumber(first.firms, locale));
  const summary = t.summary(String(chains.rows.length), formatNumber(chains.sum, locale));
  const table: TableModel = {
    columns: [
      { key: 'chain', label: t.chain },
      { key: 'firms', label: t.firms, unit: 'number' },
    ],
    rows: chains.rows.map((r) => ({ chain: r.label, firms: r.firms })),
  };
  const withSum: TableModel = { ...table, rows: [...table.rows, { chain: t.sum, firms: chains.sum }] };
  const labels = new Map(chains.rows.map((r) => [r.key, r.label]));
  const Tick = categoryTick({ labels, wrap: narrow ? 136 : 200, fill: colours.text, axis: 'y' });

  return (
    <div className="members-chains">
      <ChartFrame title={title} summary={summary} source={source} table={table} height={narrow ? 320 : 280}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={chains.rows} layout="vertical" margin={{ top: 4, right: narrow ? 44 : 56, bottom: 4, left: 4 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} stroke={colours.grid} />
            <XAxis type="number" tickFormatter={(v: number) => formatCompact(v, locale)} stroke={colours.muted} tick={{ fill: colours.text }} />
            <YAxis type="category" dataKey="key" width={narrow ? 144 : 208} tick={Tick} interval={0} stroke={colours.muted} />
            <Tooltip formatter={(v) => [typeof v === 'number' ? formatNumber(v, locale) : String(v), t.firms]} labelFormatter={(k) => labels.get(String(k)) ?? String(k)} />
            <Bar dataKey="firms" name={t.firms} fill={colours.series[2]} isAnimationActive={!prefersReducedMotion()}>
              <LabelList dataKey="firms" position="right" fill={colours.text} formatter={(v: unknown) => (typeof v === 'number' ? formatNumber(v, locale) : '')} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>
      <div className="members-chains-table">
        <DataTable table={withSum} caption={t.table} />
      </div>
    </div>
  );
}
