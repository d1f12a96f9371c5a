import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Text, Tooltip, XAxis, YAxis, pattern, patterns, type XAxisTickContentProps } from 'recharts';
import { FramedLegend } from '../../../components/ui/framed-legend';
import { formatCompact, formatNumber } from '../../../lib/format';
import { prefersReducedMotion, useThemeColours } from '../../../lib/colours';
import { useChartScale } from '../../../components/ui/chart-scale';
import type { Locale } from '../../../lib/locale';
import { useNarrow } from '../../../lib/use-narrow';
import { disputeRows, type DisputesModel } from '../utils/disputes';

/** Earlier years are hatched, so the years differ by texture as well as colour. */
const hatch = pattern(patterns.diagonal);

/** Grouped bars: one group per kind of dispute, one bar per year, each with its value. Lazy: keeps recharts off the view's chunk. */
export default function DisputesChart({ model, locale }: { model: DisputesModel; locale: Locale }) {
  const c = useThemeColours();
  const px = useChartScale();
  // On a phone the bands are narrow: the bars take more of them, so each value fits over its bar.
  const narrow = useNarrow();
  const last = model.years[model.years.length - 1];
  const fmt = (v: unknown) => (typeof v === 'number' ? formatNumber(v, locale) : '');
  // Category names wrap within their band, so two long names never overlap on a phone.
  const WrapTick = ({ x, y, width, visibleTicksCount, payload }: XAxisTickContentProps) => (
    <Text x={x} y={Number(y) + 4} width={Math.max(40, Number(width ?? 0) / Math.max(1, visibleTicksCount) - 12)} maxLines={3} textAnchor="middle" verticalAnchor="start" fill={c.text}>
      {String(payload.value)}
    </Text>
  );
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={disputeRows(model)} margin={{ top: px(28), right: 8, bottom: 4, left: 0 }} accessibilityLayer={false} barCategoryGap={narrow ? '6%' : '20%'} barGap={narrow ? 2 : 4}>
        <CartesianGrid vertical={false} stroke={c.grid} />
        <XAxis dataKey="label" stroke={c.muted} tick={WrapTick} interval={0} height={px(narrow ? 64 : 40)} />
        <YAxis tickFormatter={(v: number) => formatCompact(v, locale)} stroke={c.muted} tick={{ fill: c.text }} width={px(56)} />
        <Tooltip formatter={(v) => fmt(v)} cursor={{ fill: c.grid, opacity: 0.4 }} />
        <FramedLegend wrapperStyle={{ color: c.text }} />
        {model.years.map((y, i) => (
          <Bar
            key={y}
            dataKey={`y${y}`}
            name={String(y)}
            fill={y === last ? c.series[0] : { color: c.series[(i % 5) + 1], definition: hatch }}
            isAnimationActive={!prefersReducedMotion()}
          >
            <LabelList dataKey={`y${y}`} position="top" formatter={fmt} fill={c.text} fontWeight={700} fontSize={narrow ? px(12) : undefined} />
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
