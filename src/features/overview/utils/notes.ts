import type { DeckData, SlideNotes } from '../../../components/ui/panel';
import { tilesNotes } from '../../../components/ui/slide-notes';
import type { Area } from '../../../data/schema';
import type { Locale } from '../../../lib/locale';
import { overviewModel } from '../hooks/use-overview';

function model({ datasets, filters }: DeckData, locale: Locale) {
  return overviewModel.select(datasets, filters, locale);
}

/** Speaker notes of the one-screen summary: every tile on it, lead figures first. */
export function summaryNotes(data: DeckData, locale: Locale): SlideNotes {
  const m = model(data, locale);
  return tilesNotes([...m.lead, ...m.rest].map((t) => t.tile), data.datasets, locale);
}

/** Speaker notes of an area slide of the view's deck: the tiles of those areas. */
export function areaNotes(areas: readonly Area[]) {
  return (data: DeckData, locale: Locale): SlideNotes =>
    tilesNotes(model(data, locale).rest.filter((t) => areas.includes(t.area)).map((t) => t.tile), data.datasets, locale);
}
