import type { DeckData, SlideNotes } from '../../../components/ui/panel';
import { tilesNotes } from '../../../components/ui/slide-notes';
import type { Locale } from '../../../lib/locale';
import { buildCovidContext } from './context';
import { buildCovidModel } from './covid-model';

/** Speaker notes of a Covid tile slide: the tiles it shows, in words. */
export function covidTileNotes(part: 'taskForce' | 'outreach' | 'services') {
  return ({ datasets, filters }: DeckData, locale: Locale): SlideNotes =>
    tilesNotes(buildCovidModel(buildCovidContext(datasets, filters, locale), locale)[part], datasets, locale);
}
