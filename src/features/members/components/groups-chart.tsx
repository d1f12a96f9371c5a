import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { formatCompact, formatNumber } from '../../../lib/format';
import { prefersReducedMotion, useThemeColours } from '../../../lib/colours';
import { useChartScale } from '../../../components/ui/chart-scale';
import type { Locale } from '../../../lib/locale';
import type { GroupRow } from '../utils/build-groups';
import { metricValue, type GroupMetric } from '../utils/group-sort';
import { categoryTick } from '../../../components/ui/category-tick';

interface Props {
  rows: readonly GroupRow[];
  metric: GroupMetric;
  selected: string | null;
  onSelect: (key: string) => void;
  narrow: boolean;
  locale: Locale;
  metricLabel: string;
}

/** Horizontal bars of one metric per group; the computed row is hatched, the selected group outlined and marked. Lazy: keeps recharts off the view's chunk. */
export default function GroupsChart({ rows, metric, selected, onSelect, narrow, locale, metricLabel }: Props) {
  const colours = useThemeColours();
  const px = useChartScale();
  const hatch = useId().replace(/:/g, '');
  const data = rows.map((r) => ({ ...r, value: metricValue(r, metric) }));
  const labels = new Map(rows.map((r) => [r.key, r.label]));
  const Tick = categoryTick({ labels, wrap: px(narrow ? 140 : 250), fill: colours.text, selected, axis: 'y' });
  const digits = metric === 'perFirm' ? 1 : 0;
  const fill = (r: GroupRow) => (r.key === selected ? colours.highlight : r.derived ? `url(#${hatch})` : colours.series[0]);

  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: px(narrow ? 52 : 72), bottom: 4, left: 4 }} accessibilityLayer={false}>
        <defs>
          <pattern id={hatch} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill={colours.surface} />
            <line x1="0" y1="0" x2="0" y2="8" stroke={colours.muted} strokeWidth="4" />
          </pattern>
        </defs>
        <CartesianGrid horizontal={false} stroke={colours.grid} />
        <XAxis type="number" tickFormatter={(v: number) => formatCompact(v, locale)} stroke={colours.muted} tick={{ fill: colours.text }} />
        <YAxis type="category" dataKey="key" width={px(narrow ? 148 : 258)} tick={Tick} interval={0} stroke={colours.muted} />
        <Tooltip
          cursor={{ fill: colours.grid, opacity: 0.4 }}
          formatter={(v) => [typeof v === 'number' ? formatNumber(v, locale, digits) : String(v), metricLabel]}
          labelFormatter={(k) => labels.get(String(k)) ?? String(k)}
        />
        <Bar
          dataKey="value"
          name={metricLabel}
          cursor="pointer"
          isAnimationActive={!prefersReducedMotion()}
          onClick={(item) => onSelect((item.payload as GroupRow).key)}
          shape={(p: BarShapeProps) => {
            const r = p.payload as GroupRow;
            const isSelected = r.key === selected;
            return (
              <Rectangle
                {...p}
                fill={fill(r)}
                stroke={isSelected ? colours.text : r.derived ? colours.muted : undefined}
                strokeWidth={isSelected ? 3 : 1}
              />
            );
          }}
        >
          <LabelList
            position="right"
            fill={colours.text}
            valueAccessor={(entry) => {
              const v = (entry.payload as { value: number | null }).value;
              return v === null ? '' : formatNumber(v, locale, digits);
            }}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
