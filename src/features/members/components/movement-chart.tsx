import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ResponsiveContainer, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { formatCompact, formatSignedNumber } from '../../../lib/format';
import { prefersReducedMotion, useThemeColours } from '../../../lib/colours';
import { useChartScale } from '../../../components/ui/chart-scale';
import type { Locale } from '../../../lib/locale';
import type { WaterfallStep } from '../utils/build-movement';
import { categoryTick } from '../../../components/ui/category-tick';

interface Props {
  steps: readonly WaterfallStep[];
  /** Step key → label shown on the axis. */
  labels: ReadonlyMap<string, string>;
  narrow: boolean;
  locale: Locale;
}

/** The waterfall: an invisible base with the step stacked on it, increases and decreases in the theme's colours. Lazy: keeps recharts off the view's chunk. */
export default function MovementChart({ steps, labels, narrow, locale }: Props) {
  const colours = useThemeColours();
  const px = useChartScale();
  const fillOf = (s: WaterfallStep) => (s.kind === 'increase' ? colours.up : s.kind === 'decrease' ? colours.down : colours.series[0]);
  const Tick = categoryTick({ labels, wrap: px(narrow ? 120 : 220), fill: colours.text, axis: 'y' });

  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={steps} layout="vertical" margin={{ top: 8, right: px(narrow ? 52 : 64), bottom: 8, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke={colours.grid} />
        <XAxis type="number" tickFormatter={(v: number) => formatCompact(v, locale)} stroke={colours.muted} tick={{ fill: colours.text }} />
        <YAxis type="category" dataKey="key" width={px(narrow ? 128 : 228)} tick={Tick} stroke={colours.muted} interval={0} />
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
  );
}
