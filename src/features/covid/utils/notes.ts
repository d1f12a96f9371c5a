import type { DeckData, SlideNotes } from '../../../components/ui/panel';
import { tilesNotes } from '../../../components/ui/slide-notes';
import { buildTiles } from '../../../data/kpi';
import type { Locale } from '../../../lib/locale';
import { covidModel } from '../hooks/use-covid';
import { DISPUTE_METRICS } from './disputes';

/** Speaker notes of a Covid tile slide: the tiles it shows, in words. */
export function covidTileNotes(part: 'taskForce' | 'outreach' | 'services') {
  return ({ datasets, filters }: DeckData, locale: Locale): SlideNotes =>
    tilesNotes(covidModel.select(datasets, filters, locale).model[part], datasets, locale);
}

/** Speaker notes of the disputes chart: each kind of dispute in its latest year, with its change against the year before. */
export function disputesNotes({ datasets, filters }: DeckData, locale: Locale): SlideNotes {
  const { ctx } = covidModel.select(datasets, filters, locale);
  const specs = DISPUTE_METRICS.map((metric) => ({ metric }));
  return tilesNotes(buildTiles(ctx.visible, ctx.all, specs, filters.year, ctx.sources, locale), datasets, locale);
}
