/** A count written inside a bar segment, left out when the segment is too narrow to hold it legibly. */
export function SegmentLabel(props: { x?: number | string; y?: number | string; width?: number | string; height?: number | string; value?: unknown; fill: string; format: (v: number) => string }) {
  const value = Number(props.value);
  const width = Number(props.width ?? 0);
  const text = value > 0 ? props.format(value) : '';
  if (!text || width < text.length * 8 + 6) return null;
  return (
    <text x={Number(props.x) + width / 2} y={Number(props.y) + Number(props.height ?? 0) / 2} fill={props.fill} fontWeight={700} textAnchor="middle" dominantBaseline="central">
      {text}
    </text>
  );
}
