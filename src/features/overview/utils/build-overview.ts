import type { FactFilters, SourcedFact } from '../../../data/facts';
import { buildTile, selectLatestVisible, type TileModel, type SourceInfo } from '../../../data/kpi';
import type { Area } from '../../../data/schema';
import type { Locale } from '../../../lib/locale';
import type { Headline } from './headlines';

export interface OverviewTile {
  tile: TileModel;
  area: Area;
  /** Number of the tile's source document in `sources` (1-based). */
  note: number;
}

export interface OverviewModel {
  /** The figures that open the overview. */
  lead: OverviewTile[];
  /** The others, in the order of the headline list. */
  rest: OverviewTile[];
  /** The documents the tiles come from, numbered in order of first use. */
  sources: { id: string; title: string; publisher: string }[];
}

/**
 * Tiles for the declared headlines under the current filters: the lead figures (with any extra lead
 * tile, such as the chamber's indicators achieved) and the rest. Without a year filter each series
 * shows its latest year (its change is against the year before).
 */
export function buildOverview(
  all: readonly SourcedFact[],
  headlines: readonly Headline[],
  filters: FactFilters,
  sources: ReadonlyMap<string, SourceInfo>,
  locale: Locale,
  extraLead: readonly { tile: TileModel; area: Area; after: number }[] = [],
): OverviewModel {
  const lead: Omit<OverviewTile, 'note'>[] = [];
  const rest: Omit<OverviewTile, 'note'>[] = [];
  for (const h of headlines) {
    for (const fact of selectLatestVisible(all, [h], filters)) {
      (h.lead ? lead : rest).push({ tile: buildTile(fact, all, sources, locale, h.view), area: fact.area });
    }
  }
  for (const e of extraLead) lead.splice(Math.min(e.after, lead.length), 0, { tile: e.tile, area: e.area });
  const order: string[] = [];
  const numbered = (t: Omit<OverviewTile, 'note'>): OverviewTile => {
    if (!order.includes(t.tile.source.id)) order.push(t.tile.source.id);
    return { ...t, note: order.indexOf(t.tile.source.id) + 1 };
  };
  const model = { lead: lead.map(numbered), rest: rest.map(numbered) };
  const documents = order.map((id) => {
    const s = sources.get(id);
    return { id, title: s?.title ?? id, publisher: s?.publisher ?? '' };
  });
  return { ...model, sources: documents };
}

/** How many tiles the model shows. */
export function tileCount(model: OverviewModel): number {
  return model.lead.length + model.rest.length;
}
