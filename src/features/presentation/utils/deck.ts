import { panelSlides, type DeckData, type PanelDef, type SlideDef } from '../../../components/ui/panel';
import type { ViewId } from '../../../lib/views';
import { DECK_KIND, DECKS, type DeckId } from './presentation-state';

/** A slide of a deck; `view` is null for the title slide. */
export interface Slide {
  view: ViewId | null;
  slide: SlideDef;
}

/**
 * The slides of a deck: a title slide, then each view's panels as slides (a panel may give
 * several, or none: see PanelDef.slides). The current view's panels, or the meeting deck's views one
 * after another.
 */
export function buildSlides(
  deck: DeckId,
  currentView: ViewId,
  panelsByView: Partial<Record<ViewId, readonly PanelDef[]>>,
  data: Omit<DeckData, 'kind'>,
  title: SlideDef,
): Slide[] {
  const views: readonly ViewId[] = DECKS[deck] ?? [currentView];
  const kind = DECK_KIND[deck];
  const body = views.flatMap((view) => (panelsByView[view] ?? []).flatMap((panel) => panelSlides(panel, { ...data, kind }).map((slide) => ({ view, slide }))));
  // The lobby screen is the summary alone; a presented deck opens with its title.
  return body.length && kind !== 'screen' ? [{ view: null, slide: title }, ...body] : body;
}

/** Views whose panels a deck needs (to load them). */
export function viewsOfDeck(deck: DeckId, currentView: ViewId): readonly ViewId[] {
  return DECKS[deck] ?? [currentView];
}
