import type { Area } from '../../../data/schema';
import type { OverviewModel } from './build-overview';

/** At most this many large tiles share a slide. */
export const TILES_PER_SLIDE = 4;

/**
 * The overview's other figures as slides of large tiles: areas in their order, each kept whole,
 * thin areas sharing a slide until it holds TILES_PER_SLIDE tiles. An area with more tiles than
 * that has a slide of its own.
 */
export function packAreaSlides(rest: OverviewModel['rest']): Area[][] {
  const counts = new Map<Area, number>();
  for (const x of rest) counts.set(x.area, (counts.get(x.area) ?? 0) + 1);
  const slides: { areas: Area[]; tiles: number }[] = [];
  for (const [area, n] of counts) {
    const open = slides.at(-1);
    if (open && open.tiles + n <= TILES_PER_SLIDE) {
      open.areas.push(area);
      open.tiles += n;
    } else slides.push({ areas: [area], tiles: n });
  }
  return slides.map((s) => s.areas);
}
