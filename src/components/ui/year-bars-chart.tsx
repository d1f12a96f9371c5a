import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { categoryTick } from './category-tick';
import { FramedLegend } from './framed-legend';
import { prefersReducedMotion, useThemeColours } from '../../lib/colours';
import { useChartScale } from './chart-scale';
import { usePresenting } from './presenting';

/** One bar series: a year in a year-on-year chart ("2021"), or the one series shown across the years. */
export interface YearBarsSeries {
  key: string;
  name: string;
}

export interface YearBarsProps {
  /** One entry per category, `key` naming it; a field per series key holds its value (null: no bar). */
  data: readonly Record<string, string | number | null>[];
  /** Category key → label on the axis and in the tooltip. */
  labels: ReadonlyMap<string, string>;
  series: readonly YearBarsSeries[];
  /** Columns: categories along the bottom (years); rows: categories down the side, bars across (groups, platforms). */
  layout: 'columns' | 'rows';
  /** Value next to each bar and in the tooltip (lib/format). */
  format: (v: number) => string;
  /** Value axis ticks (lib/format, compact). */
  axisFormat: (v: number) => string;
  narrow: boolean;
}

/**
 * Bars by year, for the year-on-year views: each series its own palette colour, every other one hatched
 * (not colour alone), a legend when there are several, and the value written at each bar.
 * The frame hides it from assistive technology and offers the summary and the table. Lazy (lazyChart).
 */
export default function YearBarsChart({ data, labels, series, layout, format, axisFormat, narrow }: YearBarsProps) {
  const c = useThemeColours();
  const px = useChartScale();
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const colour = (i: number) => c.series[i % c.series.length]!;
  const fill = (i: number) => (i % 2 === 1 ? `url(#${id}-${i})` : colour(i));
  const rows = layout === 'rows';
  // On a slide many thin bars leave no room for every value: then only the latest year's are written.
  const dense = usePresenting() && rows && data.length * series.length > 20;
  const wrap = rows ? (narrow ? 120 : 230) : narrow ? 90 : 160;
  const label = (v: unknown) => (typeof v === 'number' ? format(v) : '');
  const Tick = categoryTick({ labels, wrap, fill: c.text, axis: rows ? 'y' : 'x', maxLines: 3 });
  const categoryAxis = { dataKey: 'key', type: 'category' as const, tick: Tick, interval: 0, stroke: c.muted };
  const valueAxis = { type: 'number' as const, tickFormatter: axisFormat, stroke: c.muted, tick: { fill: c.text } };

  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={[...data]}
        layout={rows ? 'vertical' : 'horizontal'}
        margin={rows ? { top: 4, right: px(narrow ? 60 : 76), bottom: 4, left: 4 } : { top: px(24), right: 8, bottom: 4, left: 4 }}
        barCategoryGap={rows ? '18%' : '24%'}
        accessibilityLayer={false}
      >
        <defs>
          {series.map((_, i) => (
            <pattern key={i} id={`${id}-${i}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill={colour(i)} />
              <line x1="0" y1="0" x2="0" y2="6" stroke={c.surface} strokeWidth="2" />
            </pattern>
          ))}
        </defs>
        <CartesianGrid horizontal={!rows} vertical={rows} stroke={c.grid} />
        {rows ? <XAxis {...valueAxis} /> : <XAxis {...categoryAxis} height={px(narrow ? 48 : 40)} />}
        {rows ? <YAxis {...categoryAxis} width={px(narrow ? 128 : 238)} /> : <YAxis {...valueAxis} width={px(64)} />}
        <Tooltip
          cursor={{ fill: c.grid, opacity: 0.4 }}
          formatter={(v, name) => [typeof v === 'number' ? format(v) : String(v), name]}
          labelFormatter={(k) => labels.get(String(k)) ?? String(k)}
        />
        {series.length > 1 && <FramedLegend wrapperStyle={{ color: c.text }} itemSorter={null} formatter={(name) => <span style={{ color: c.text }}>{name}</span>} />}
        {series.map((s, i) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} fill={fill(i)} stroke={colour(i)} isAnimationActive={!prefersReducedMotion()}>
            {(!dense || i === series.length - 1) && <LabelList dataKey={s.key} position={rows ? 'right' : 'top'} fill={c.text} fontSize={px(narrow ? 11 : 13)} formatter={label} />}
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
