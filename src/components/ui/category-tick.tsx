import { Text, type XAxisTickContentProps, type YAxisTickContentProps } from 'recharts';

interface CategoryTickProps {
  /** Category key → label shown on the axis. */
  labels: ReadonlyMap<string, string>;
  /** Width to wrap the label into. */
  wrap: number;
  fill: string;
  selected?: string | null;
  axis: 'x' | 'y';
  /** Lines a label may take before it ends in "…". */
  maxLines?: number;
}

/**
 * An axis label that wraps long category names within `wrap` pixels and shows the selected one in bold
 * (a cue besides colour): the one category tick of every chart of categories.
 */
export function categoryTick({ labels, wrap, fill, selected, axis, maxLines = 4 }: CategoryTickProps) {
  function CategoryTick(props: XAxisTickContentProps | YAxisTickContentProps) {
    const key = String(props.payload.value);
    const isSelected = selected === key;
    return (
      <Text
        x={Number(props.x) + (axis === 'y' ? -6 : 0)}
        y={Number(props.y) + (axis === 'x' ? 6 : 0)}
        width={wrap}
        textAnchor={axis === 'y' ? 'end' : 'middle'}
        verticalAnchor={axis === 'y' ? 'middle' : 'start'}
        fill={fill}
        fontWeight={isSelected ? 700 : 400}
        className="recharts-cartesian-axis-tick-value"
        maxLines={maxLines}
      >
        {(isSelected ? '▶ ' : '') + (labels.get(key) ?? key)}
      </Text>
    );
  }
  return CategoryTick;
}
