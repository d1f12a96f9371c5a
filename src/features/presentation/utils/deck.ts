import type { PanelDef } from '../../../components/ui/panel';
import type { ViewId } from '../../../store/views';
import { DECKS, type DeckId } from './presentation-state';

export interface Slide {
  view: ViewId;
  panel: PanelDef;
}

/** The slides of a deck: the current view's panels, or the meeting deck's views one after another. */
export function buildSlides(deck: DeckId, currentView: ViewId, panelsByView: Partial<Record<ViewId, readonly PanelDef[]>>): Slide[] {
  const views: readonly ViewId[] = DECKS[deck] ?? [currentView];
  return views.flatMap((view) => (panelsByView[view] ?? []).map((panel) => ({ view, panel })));
}

/** Views whose panels a deck needs (to load them). */
export function viewsOfDeck(deck: DeckId, currentView: ViewId): readonly ViewId[] {
  return DECKS[deck] ?? [currentView];
}
