import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { FramedLegend } from '../../../components/ui/framed-legend';
import { prefersReducedMotion, useThemeColours } from '../../../lib/colours';
import { useChartScale } from '../../../components/ui/chart-scale';
import { formatNumber } from '../../../lib/format';
import type { Locale } from '../../../lib/locale';
import type { StaffRow } from '../utils/staff';

interface Props {
  rows: readonly StaffRow[];
  narrow: boolean;
  locale: Locale;
  /** Series names (legend and tooltip). */
  names: { posts: string; filled: string };
}

/** Established posts (hatched outline) next to filled posts per staff category. Lazy: keeps recharts off the view's chunk. */
export default function StaffChart({ rows, narrow, locale, names }: Props) {
  const colours = useThemeColours();
  const px = useChartScale();
  const animate = !prefersReducedMotion();
  const label = (v: unknown) => formatNumber(Number(v), locale);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: px(44), bottom: 4, left: 4 }} barGap={2} barCategoryGap="18%">
        <defs>
          <pattern id="sc-posts" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="5" height="5" fill={colours.surface} />
            <line x1="0" y1="0" x2="0" y2="5" stroke={colours.series[0]} strokeWidth="2" />
          </pattern>
        </defs>
        <CartesianGrid horizontal={false} stroke={colours.grid} />
        <XAxis type="number" allowDecimals={false} tickFormatter={label} stroke={colours.muted} tick={{ fill: colours.text }} />
        <YAxis type="category" dataKey="label" width={px(narrow ? 108 : 130)} interval={0} stroke={colours.muted} tick={{ fill: colours.text, fontSize: px(narrow ? 11 : 13) }} />
        <Tooltip formatter={label} itemSorter={(item) => (item.dataKey === 'posts' ? 0 : 1)} cursor={{ fill: colours.grid, fillOpacity: 0.4 }} />
        <FramedLegend itemSorter={null} />
        <Bar dataKey="posts" name={names.posts} fill="url(#sc-posts)" stroke={colours.series[0]} strokeWidth={1.5} isAnimationActive={animate}>
          <LabelList dataKey="posts" position="right" fill={colours.text} formatter={label} />
        </Bar>
        <Bar dataKey="filled" name={names.filled} fill={colours.series[0]} isAnimationActive={animate}>
          <LabelList dataKey="filled" position="right" fill={colours.text} fontWeight={700} formatter={label} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
