import type { TrendPoint } from '../../data/kpi';
import { formatNumber } from '../../lib/format';
import { defineMessages, useLocale, useMessages } from '../../lib/i18n';

const messages = defineMessages({
  it: { trend: (from: number, to: number, values: string) => `Andamento ${from}–${to}: ${values}` },
  en: { trend: (from: number, to: number, values: string) => `Trend ${from}–${to}: ${values}` },
});

const W = 96;
const H = 28;
const PAD = 3;

/** The points of a small line chart: years spaced by their distance, values scaled to the box. */
export function sparklinePoints(points: readonly TrendPoint[], width = W, height = H, pad = PAD): [number, number][] {
  const years = points.map((p) => p.year);
  const values = points.map((p) => p.value);
  const [x0, x1] = [Math.min(...years), Math.max(...years)];
  const [y0, y1] = [Math.min(...values), Math.max(...values)];
  const x = (year: number) => pad + (x1 === x0 ? 0 : ((year - x0) / (x1 - x0)) * (width - 2 * pad));
  const y = (value: number) => (y1 === y0 ? height / 2 : pad + (1 - (value - y0) / (y1 - y0)) * (height - 2 * pad));
  return points.map((p) => [Math.round(x(p.year) * 10) / 10, Math.round(y(p.value) * 10) / 10]);
}

/** A tile's trend over three years or more: a line, its last point marked, and its figures for screen readers. */
export function Sparkline({ points }: { points: readonly TrendPoint[] }) {
  const t = useMessages(messages);
  const locale = useLocale();
  const xy = sparklinePoints(points);
  const last = xy.at(-1)!;
  const label = t.trend(points[0]!.year, points.at(-1)!.year, points.map((p) => `${p.year} ${formatNumber(p.value, locale)}`).join(', '));
  return (
    <svg className="sparkline" role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} width={W} height={H}>
      <polyline points={xy.map((p) => p.join(',')).join(' ')} fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" strokeLinecap="round" />
      <circle cx={last[0]} cy={last[1]} r="2.5" fill="currentColor" />
    </svg>
  );
}
