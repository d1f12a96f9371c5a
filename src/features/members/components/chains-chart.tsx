import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCompact, formatNumber } from '../../../lib/format';
import { prefersReducedMotion, useThemeColours } from '../../../lib/colours';
import { useChartScale } from '../../../components/ui/chart-scale';
import type { Locale } from '../../../lib/locale';
import type { ChainRow } from '../utils/build-chains';
import { categoryTick } from '../../../components/ui/category-tick';

interface Props {
  rows: readonly ChainRow[];
  /** Chain key → label shown on the axis and in the tooltip. */
  labels: ReadonlyMap<string, string>;
  narrow: boolean;
  locale: Locale;
  /** Series name (tooltip). */
  firmsLabel: string;
}

/** Horizontal bars of the firms enrolled per supply chain, each with its value. Lazy: keeps recharts off the view's chunk. */
export default function ChainsChart({ rows, labels, narrow, locale, firmsLabel }: Props) {
  const colours = useThemeColours();
  const px = useChartScale();
  const Tick = categoryTick({ labels, wrap: px(narrow ? 136 : 200), fill: colours.text, axis: 'y' });

  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} layout="vertical" margin={{ top: 4, right: px(narrow ? 44 : 56), bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke={colours.grid} />
        <XAxis type="number" tickFormatter={(v: number) => formatCompact(v, locale)} stroke={colours.muted} tick={{ fill: colours.text }} />
        <YAxis type="category" dataKey="key" width={px(narrow ? 144 : 208)} tick={Tick} interval={0} stroke={colours.muted} />
        <Tooltip formatter={(v) => [typeof v === 'number' ? formatNumber(v, locale) : String(v), firmsLabel]} labelFormatter={(k) => labels.get(String(k)) ?? String(k)} />
        <Bar dataKey="firms" name={firmsLabel} fill={colours.series[2]} isAnimationActive={!prefersReducedMotion()}>
          <LabelList dataKey="firms" position="right" fill={colours.text} formatter={(v: unknown) => (typeof v === 'number' ? formatNumber(v, locale) : '')} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
