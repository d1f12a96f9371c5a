import { useThemeColours } from '../../lib/colours';
import { usePresenting } from './presenting';

/**
 * How much larger than at the default type a chart draws what holds its words (an axis's width, a
 * label's size, the room for the values): the page's type scale (1.2 in the projector theme, 2 on a
 * 4K screen). On a slide, 1: the deck sets the type of its slides itself.
 */
export function useChartScale(): (px: number) => number {
  const presenting = usePresenting();
  const { scale } = useThemeColours();
  const k = presenting ? 1 : scale;
  return (px) => Math.round(px * k);
}
