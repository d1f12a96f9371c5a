import { wrapLabel } from '../utils/wrap-label';

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  fill?: string;
  max: number;
  maxLines: number;
  fontSize: number;
}

/** A category-axis tick written over several lines, right-aligned against the axis. */
export function WrappedTick({ x = 0, y = 0, payload, fill, max, maxLines, fontSize }: TickProps) {
  const lines = wrapLabel(String(payload?.value ?? ''), max, maxLines);
  const lineHeight = fontSize * 1.2;
  const top = Number(y) - ((lines.length - 1) * lineHeight) / 2;
  return (
    <text x={Number(x) - 6} y={top} textAnchor="end" dominantBaseline="middle" fill={fill} fontSize={fontSize}>
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x) - 6} dy={i === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
