import type { DeckData, SlideNotes } from '../../../components/ui/panel';
import { tilesNotes } from '../../../components/ui/slide-notes';
import type { Locale } from '../../../lib/locale';
import { labourModel } from '../hooks/use-labour';

/** Speaker notes of a labour tile slide (`rates` or `change`): the tiles it shows, in words. */
export function labourTileNotes(part: 'rates' | 'change') {
  return ({ datasets, filters }: DeckData, locale: Locale): SlideNotes =>
    tilesNotes(labourModel.select(datasets, filters, locale).model[part], datasets, locale);
}
