import type { FactFilters, SourcedFact } from '../../../data/facts';
import { buildTile, selectLatestVisible, type TileModel, type SourceInfo } from '../../../data/kpi';
import type { Area } from '../../../data/schema';
import type { Locale } from '../../../lib/locale';
import type { Headline } from './headlines';

export interface OverviewGroup {
  area: Area;
  tiles: TileModel[];
}

/**
 * Tiles for the declared headlines under the current filters, grouped by area in the order of the list.
 * Without a year filter each series shows its latest year (its change is against the year before).
 */
export function buildOverview(
  all: readonly SourcedFact[],
  headlines: readonly Headline[],
  filters: FactFilters,
  sources: ReadonlyMap<string, SourceInfo>,
  locale: Locale,
): OverviewGroup[] {
  const groups = new Map<Area, TileModel[]>();
  for (const h of headlines) {
    for (const fact of selectLatestVisible(all, [h], filters)) {
      const list = groups.get(fact.area) ?? [];
      list.push(buildTile(fact, all, sources, locale, h.view));
      groups.set(fact.area, list);
    }
  }
  return [...groups].map(([area, tiles]) => ({ area, tiles }));
}
