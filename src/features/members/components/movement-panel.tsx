import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ResponsiveContainer, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { ChartFrame } from '../../../components/ui/chart-frame';
import type { TableModel } from '../../../components/ui/table-model';
import { formatCompact, formatNumber, formatSignedNumber, formatValue } from '../../../lib/format';
import { prefersReducedMotion, useThemeColours } from '../../../lib/colours';
import { useMessages } from '../../../lib/i18n';
import { useMembers } from '../hooks/use-members';
import { useNarrow } from '../hooks/use-narrow';
import { membersMessages } from '../messages';
import { buildMovement, type WaterfallStep } from '../utils/build-movement';
import { dimensionLabel } from '../utils/select-members';
import { categoryTick } from './category-tick';
import { PanelEmpty } from './panel-empty';
import { useSourceText } from './use-source-text';

/** The year's movement as a waterfall: new members up, cancellations by reason down, the net change. */
export function MovementPanel() {
  const t = useMessages(membersMessages).movement;
  const { scope, dims, sources, locale } = useMembers();
  const colours = useThemeColours();
  const narrow = useNarrow();
  const movement = useMemo(
    () => buildMovement(scope, dims, locale, { net: t.net, cancelled: t.cancelled, otherCancelled: t.otherCancelled, reason: t.reason }),
    [scope, dims, locale, t],
  );
  const source = useSourceText(movement?.steps.flatMap((s) => s.facts) ?? [], sources);
  if (!movement) return <PanelEmpty heading={t.panel} />;

  const firms = (v: number) => formatValue(Math.abs(v), 'firms', locale);
  const title = t.title(String(movement.year), firms(movement.net), formatNumber(movement.newFirms, locale), formatNumber(movement.cancelledFirms, locale), movement.net >= 0);
  const outs = movement.steps
    .filter((s) => s.kind === 'decrease')
    .map((s) => `${(s.facts[0]?.dimensions?.reason ? dimensionLabel(dims, 'reason', s.facts[0].dimensions.reason, locale) : s.label).toLowerCase()}: ${formatNumber(-s.value, locale)}`);
  const emp = movement.employees;
  const summary =
    t.summary(firms(movement.newFirms), formatNumber(movement.cancelledFirms, locale), outs.join(', '), formatSignedNumber(movement.net, locale)) +
    (emp.new !== undefined && emp.cancelled !== undefined && emp.net !== undefined
      ? t.employees(formatNumber(emp.new, locale), formatNumber(emp.cancelled, locale), formatSignedNumber(emp.net, locale))
      : '') +
    t.noStock;
  const table: TableModel = {
    columns: [
      { key: 'step', label: t.step },
      { key: 'change', label: t.change, unit: 'number' },
      { key: 'from', label: t.from, unit: 'number' },
      { key: 'to', label: t.to, unit: 'number' },
      { key: 'derived', label: t.derived },
    ],
    rows: movement.steps.map((s) => ({ step: s.label, change: s.value, from: s.start, to: s.end, derived: s.derived ? t.yes : t.no })),
  };
  const fillOf = (s: WaterfallStep) => (s.kind === 'increase' ? colours.up : s.kind === 'decrease' ? colours.down : colours.series[0]);
  const labels = new Map(movement.steps.map((s) => [s.key, s.label]));
  const Tick = categoryTick({ labels, wrap: narrow ? 120 : 220, fill: colours.text, axis: 'y' });

  return (
    <ChartFrame title={title} summary={summary} source={source} table={table} height={narrow ? 300 : 260}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={movement.steps} layout="vertical" margin={{ top: 8, right: narrow ? 52 : 64, bottom: 8, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke={colours.grid} />
          <XAxis type="number" tickFormatter={(v: number) => formatCompact(v, locale)} stroke={colours.muted} tick={{ fill: colours.text }} />
          <YAxis type="category" dataKey="key" width={narrow ? 128 : 228} tick={Tick} stroke={colours.muted} interval={0} />
          <Bar dataKey="base" stackId="w" fill="transparent" isAnimationActive={false} legendType="none" />
          <Bar
            dataKey="size"
            stackId="w"
            isAnimationActive={!prefersReducedMotion()}
            shape={(p: BarShapeProps) => <Rectangle {...p} fill={fillOf(p.payload as WaterfallStep)} />}
          >
            <LabelList
              position="right"
              fill={colours.text}
              valueAccessor={(entry) => {
                const s = entry.payload as WaterfallStep;
                return (s.kind === 'net' ? '= ' : '') + formatSignedNumber(s.value, locale);
              }}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
