import { useId, useMemo } from 'react';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Text, XAxis, YAxis, useChartWidth } from 'recharts';
import { prefersReducedMotion, useThemeColours } from '../../../lib/colours';
import type { BarRow } from '../utils/bar-row';
import { barRowsHeight } from './bar-rows-height';
import { usePresenting } from '../../../components/ui/presenting';

const BAR = 20;

interface TickProps {
    y?: number | string;
  index?: number;
}

/** A row's name above its bar; on a narrow chart it ends in "…" (the summary and the table give it in full). */
function RowName({ text, y, colour }: { text: string; y: number; colour: string }) {
  const width = useChartWidth() ?? 0;
  return (
    <Text x={2} y={y} width={Math.max(0, width - 4)} maxLines={1} fill={colour} fontSize={14} textAnchor="start" verticalAnchor="end">
      {text}
    </Text>
  );
}

/**
 * Horizontal bars with each label above its bar and the value at its end, so long names never get cut on a phone.
 * Computed rows are hatched (not colour alone). The chart is decoration for sighted users: the frame hides it from
 * assistive technology and offers the summary and the table instead. Lazy (panels import it with lazyChart), so
 * recharts stays off the view's chunk.
 */
export default function BarRows({ rows, colour }: { rows: readonly BarRow[]; colour?: string }) {
  const c = useThemeColours();
  // On a slide the rows spread over the height the slide leaves them.
  const presenting = usePresenting();
  const fill = colour ?? c.series[0]!;
  const hatch = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  // Only neutral field names: recharts copies data fields that look like SVG attributes (display, end…) onto the bars.
  const data = useMemo(() => rows.map((r) => ({ barKey: r.key, barValue: r.value ?? 0, barText: r.value === null ? '' : r.display, hatched: !!r.computed })), [rows]);
  const min = Math.min(0, ...data.map((d) => d.barValue));
  const renderTick = ({ y, index }: TickProps) => {
    const row = rows[index ?? 0];
    if (!row) return <g />;
    const text = row.value === null ? `${row.label} — ${row.display}` : row.label;
    return <RowName text={text} y={Number(y) - BAR / 2 - 6} colour={c.text} />;
  };
  return (
    <ResponsiveContainer width="100%" height={presenting ? '100%' : barRowsHeight(rows.length)}>
      <BarChart layout="vertical" data={data} margin={{ top: 8, right: 130, bottom: 0, left: 0 }} accessibilityLayer={false} barSize={BAR}>
        <defs>
          <pattern id={hatch} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
            <rect width="8" height="8" fill={fill} />
            <line x1="0" y1="0" x2="0" y2="8" stroke={c.surface} strokeWidth="3" />
          </pattern>
        </defs>
        <XAxis type="number" hide domain={[min, 'dataMax']} />
        <YAxis type="category" dataKey="barKey" width={1} tick={renderTick} tickLine={false} axisLine={false} interval={0} />
        <Bar dataKey="barValue" isAnimationActive={!prefersReducedMotion()} animationDuration={500} stroke={fill} strokeWidth={1}>
          {data.map((d) => (
            <Cell key={d.barKey} fill={d.hatched ? `url(#${hatch})` : fill} />
          ))}
          <LabelList dataKey="barText" position="right" fill={c.text} fontSize={14} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
