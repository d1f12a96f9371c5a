import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { FramedLegend } from '../../../components/ui/framed-legend';
import type { IndicatorStatus } from '../../../data/schema';
import { prefersReducedMotion, useThemeColours } from '../../../lib/colours';
import { useChartScale } from '../../../components/ui/chart-scale';
import { formatNumber } from '../../../lib/format';
import type { Locale } from '../../../lib/locale';
import { STATUSES } from '../utils/params';
import type { AreaCounts } from '../utils/status-summary';
import { SegmentLabel } from './segment-label';
import { WrappedTick } from './wrapped-tick';

interface Props {
  /** One row per strategic area, with its axis label ("A1 Name"). */
  data: readonly (AreaCounts & { label: string })[];
  narrow: boolean;
  locale: Locale;
  /** Series names (legend and tooltip). */
  names: Record<IndicatorStatus, string>;
}

/** Stacked horizontal bars: achieved / not achieved / not stated per strategic area, counts written in the bars. Lazy: keeps recharts off the view's chunk. */
export default function AreaStatusChart({ data, narrow, locale, names }: Props) {
  const colours = useThemeColours();
  const px = useChartScale();
  const n = (v: number) => formatNumber(v, locale);
  const fill = { achieved: colours.up, not_achieved: colours.down, not_stated: colours.muted };
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 12, bottom: 4, left: 4 }} barCategoryGap="22%">
        <defs>
          <pattern id="sc-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={fill.not_achieved} />
            <line x1="0" y1="0" x2="0" y2="6" stroke={colours.surface} strokeOpacity="0.35" strokeWidth="2" />
          </pattern>
        </defs>
        <CartesianGrid horizontal={false} stroke={colours.grid} />
        <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => n(v)} stroke={colours.muted} tick={{ fill: colours.text }} />
        <YAxis
          type="category"
          dataKey="label"
          width={px(narrow ? 118 : 250)}
          stroke={colours.muted}
          interval={0}
          tick={<WrappedTick fill={colours.text} max={narrow ? 15 : 30} maxLines={narrow ? 4 : 2} fontSize={px(narrow ? 11 : 13)} />}
        />
        <Tooltip formatter={(v) => n(Number(v))} itemSorter={(item) => STATUSES.indexOf(item.dataKey as (typeof STATUSES)[number])} cursor={{ fill: colours.grid, fillOpacity: 0.4 }} />
        <FramedLegend itemSorter={null} />
        {STATUSES.map((st) => (
          <Bar key={st} dataKey={st} stackId="status" name={names[st]} fill={st === 'not_achieved' ? 'url(#sc-hatch)' : fill[st]} isAnimationActive={!prefersReducedMotion()}>
            <LabelList dataKey={st} content={(p) => <SegmentLabel {...p} fill={colours.surface} format={n} />} />
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
