import type { DeckData, SlideNotes } from '../../../components/ui/panel';
import { tilesNotes } from '../../../components/ui/slide-notes';
import type { Locale } from '../../../lib/locale';
import { membersModel } from '../hooks/use-members';

/** Speaker notes of the totals slide: the same tiles the slide shows, in words. */
export function totalsNotes({ datasets, filters }: DeckData, locale: Locale): SlideNotes {
  return tilesNotes(membersModel.select(datasets, filters, locale).totals, datasets, locale);
}
