import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type YAxisTickContentProps } from 'recharts';
import { formatCompact, formatSignedNumber } from '../../../lib/format';
import { prefersReducedMotion, useThemeColours } from '../../../lib/colours';
import { useChartScale } from '../../../components/ui/chart-scale';
import type { Locale } from '../../../lib/locale';
import { symmetricScale, type AgeBand } from '../utils/age-bands';

/**
 * Diverging horizontal bars: losses left of zero, gains right of it. Each band's signed value sits in its axis
 * label (so it never collides with the bars on a phone), and the sign says the direction besides the colour.
 * Lazy (the panel imports it with lazyChart), so recharts stays off the view's chunk.
 */
export default function GenerationsChart({ bands, locale }: { bands: AgeBand[]; locale: Locale }) {
  const c = useThemeColours();
  const px = useChartScale();
  // Each entry carries its own fill (recharts reads `fill` from the data): losses and gains in the theme's colours.
  const data = bands.map((b) => ({ ...b, fill: b.value < 0 ? c.down : c.up }));
  const scale = symmetricScale(bands.map((b) => b.value));
  const BandTick = ({ x, y, index }: YAxisTickContentProps) => {
    const band = bands[index];
    if (!band) return null;
    return (
      <text x={Number(x) - 6} y={Number(y)} textAnchor="end" fill={c.text}>
        <tspan x={Number(x) - 6} dy="-0.3em">{band.label}</tspan>
        <tspan x={Number(x) - 6} dy="1.2em" fontWeight={700} fontSize="1.1em">{formatSignedNumber(band.value, locale)}</tspan>
      </text>
    );
  };
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: px(24), bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke={c.grid} />
        <XAxis type="number" domain={[-scale.max, scale.max]} ticks={scale.ticks} tickFormatter={(v: number) => formatCompact(v, locale)} stroke={c.muted} tick={{ fill: c.text }} />
        <YAxis type="category" dataKey="label" width={px(104)} stroke={c.muted} tick={BandTick} />
        <ReferenceLine x={0} stroke={c.text} strokeWidth={c.line} />
        <Tooltip formatter={(v) => formatSignedNumber(Number(v), locale)} cursor={{ fill: c.grid, opacity: 0.4 }} />
        <Bar dataKey="value" isAnimationActive={!prefersReducedMotion()} maxBarSize={48} />
      </BarChart>
    </ResponsiveContainer>
  );
}
