import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { FramedLegend } from '../../../components/ui/framed-legend';
import { formatPercent } from '../../../lib/format';
import { prefersReducedMotion, useThemeColours } from '../../../lib/colours';
import { useChartScale } from '../../../components/ui/chart-scale';
import type { Locale } from '../../../lib/locale';
import type { SizeClassRow } from '../utils/build-size-classes';
import { categoryTick } from '../../../components/ui/category-tick';

interface Props {
  rows: readonly SizeClassRow[];
  /** Class key → label shown on the axis and in the tooltip. */
  labels: ReadonlyMap<string, string>;
  narrow: boolean;
  locale: Locale;
  /** Series names (legend and tooltip). */
  names: { firmsShare: string; employeesShare: string };
}

/** Firms' and employees' shares per size class, side by side; the employees' bars are hatched. Lazy: keeps recharts off the view's chunk. */
export default function SizeChart({ rows, labels, narrow, locale, names }: Props) {
  const colours = useThemeColours();
  const px = useChartScale();
  const hatch = useId().replace(/:/g, '');
  const Tick = categoryTick({ labels, wrap: px(narrow ? 100 : 200), fill: colours.text, axis: 'x' });
  const label = (v: unknown) => (typeof v === 'number' ? formatPercent(v, locale, 1) : '');

  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} margin={{ top: px(24), right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <defs>
          <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={colours.series[1]} />
            <line x1="0" y1="0" x2="0" y2="6" stroke={colours.surface} strokeWidth="2" />
          </pattern>
        </defs>
        <CartesianGrid vertical={false} stroke={colours.grid} />
        <XAxis dataKey="key" tick={Tick} height={px(narrow ? 56 : 44)} interval={0} stroke={colours.muted} />
        <YAxis domain={[0, 100]} tickFormatter={(v: number) => formatPercent(v, locale, 0)} stroke={colours.muted} tick={{ fill: colours.text }} width={px(60)} />
        <Tooltip
          formatter={(v) => (typeof v === 'number' ? formatPercent(v, locale, 1) : String(v))}
          labelFormatter={(k) => labels.get(String(k)) ?? String(k)}
        />
        <FramedLegend wrapperStyle={{ color: colours.text }} itemSorter={null} />
        <Bar dataKey="firmsShare" name={names.firmsShare} fill={colours.series[0]} isAnimationActive={!prefersReducedMotion()}>
          <LabelList dataKey="firmsShare" position="top" fill={colours.text} formatter={label} />
        </Bar>
        <Bar dataKey="employeesShare" name={names.employeesShare} fill={`url(#${hatch})`} stroke={colours.series[1]} isAnimationActive={!prefersReducedMotion()}>
          <LabelList dataKey="employeesShare" position="top" fill={colours.text} formatter={label} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
