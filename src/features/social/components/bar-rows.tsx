import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useThemeColours } from '../../../lib/colours';
import type { BarRow } from '../utils/bar-row';
import { barRowsHeight } from './bar-rows-height';
import { usePresenting } from '../../../components/ui/presenting';
import { useChartScale } from '../../../components/ui/chart-scale';
import { fitText } from './fit-text';
import { waitForMountAll } from '../../../components/ui/progressive-mount';

/** Sizes in pixels at the default type; a larger type (projector theme, large screens) scales them (useChartScale). */
const BAR = 20;
const TOP = 8;
/** Room right of the longest bar for its value. */
const VALUE_ROOM = 130;
const FONT_SIZE = 14;

/**
 * The box the chart fills: its width, and on a slide its height too (followed as it changes). Read when
 * the browser reports it, after laying the page out for its next frame: read at mount, inside the task
 * that mounts the chart, it made the browser lay out the whole page there (14 of that task's 35-40 ms in
 * Lighthouse traces). The bars come a frame later, in a box already as tall as they are. Printing cannot
 * wait for a frame: it reads the box at once (mountAllDeferred).
 */
function useBoxSize(fontSize: number) {
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0, font: '' });
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const read = () => {
      const next = { width: el.clientWidth, height: el.clientHeight, font: `${fontSize}px ${getComputedStyle(el).fontFamily}` };
      setSize((s) => (s.width === next.width && s.height === next.height && s.font === next.font ? s : next));
    };
    if (typeof ResizeObserver === 'undefined') return read();
    // The browser's report, the first and any after a resize; or printing's, if it comes first.
    const report = () => {
      forget();
      read();
    };
    const forget = waitForMountAll(report);
    const observer = new ResizeObserver(report);
    observer.observe(el);
    return () => {
      forget();
      observer.disconnect();
    };
  }, [fontSize]);
  return { box, ...size };
}

/**
 * Horizontal bars with each label above its bar and the value at its end, so long names never get cut on a phone
 * (a name wider than the chart ends in "…"; the summary and the table give it in full). Computed rows are hatched
 * (not colour alone). The chart is decoration for sighted users: the frame hides it from assistive technology and
 * offers the summary and the table instead.
 *
 * Plain SVG, not recharts: the communication view's first chart is on a phone's first screen, and a recharts chart
 * took one task of about 150 ms to mount (600 ms on a slow phone) and more for each frame of its animation; this
 * draws in about a millisecond. The bars grow in with a CSS animation (none with reduced motion).
 */
export default function BarRows({ rows, colour }: { rows: readonly BarRow[]; colour?: string }) {
  const c = useThemeColours();
  // On a slide the rows spread over the height the slide leaves them.
  const presenting = usePresenting();
  const fill = colour ?? c.series[0]!;
  const hatch = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const px = useChartScale();
  const [bar, top, valueRoom, fontSize] = [px(BAR), px(TOP), px(VALUE_ROOM), px(FONT_SIZE)];
  const { box, width, height: boxHeight, font } = useBoxSize(fontSize);
  const height = presenting ? boxHeight : px(barRowsHeight(rows.length));
  const values = rows.map((r) => r.value ?? 0);
  const min = Math.min(0, ...values);
  const max = Math.max(...values);
  const plot = Math.max(0, width - 1 - valueRoom);
  const x = (v: number) => 1 + (max === min ? 0 : ((v - min) / (max - min)) * plot);
  const band = rows.length ? (height - top) / rows.length : 0;
  return (
    // On a slide the chart body grows with the slide (flex): the chart fills it without adding to its height.
    <div ref={box} className="bar-rows" style={presenting ? { position: 'absolute', inset: 0 } : { width: '100%', height }}>
      {width > 0 && height > 0 && (
        <div className="bar-rows-chart" style={{ width, height }}>
          <svg className="bar-rows-surface" width={width} height={height} viewBox={`0 0 ${width} ${height}`} style={{ display: 'block' }}>
            <defs>
              <pattern id={hatch} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
                <rect width="8" height="8" fill={fill} />
                <line x1="0" y1="0" x2="0" y2="8" stroke={c.surface} strokeWidth="3" />
              </pattern>
            </defs>
            {/* Keyed by the values: a new measure grows its bars in again. */}
            <g key={values.join(' ')} fontSize={fontSize} fill={c.text}>
              {rows.map((r, i) => {
                const middle = top + band * i + band / 2;
                const name = r.value === null ? `${r.label} — ${r.display}` : r.label;
                const from = x(Math.min(0, r.value ?? 0));
                const to = x(Math.max(0, r.value ?? 0));
                return (
                  <g key={r.key}>
                    <text x={2} y={middle - bar / 2 - px(6)}>{fitText(name, Math.max(0, width - 4), font)}</text>
                    {r.value !== null && (
                      <>
                        <rect className="bar-rows-bar" x={from} y={middle - bar / 2} width={to - from} height={bar} fill={r.computed ? `url(#${hatch})` : fill} stroke={fill} strokeWidth={1} />
                        <text className="bar-rows-value" x={to + px(5)} y={middle} dy="0.355em">{r.display}</text>
                      </>
                    )}
                  </g>
                );
              })}
            </g>
          </svg>
        </div>
      )}
    </div>
  );
}
