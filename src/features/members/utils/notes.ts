import type { DeckData, SlideNotes } from '../../../components/ui/panel';
import { tilesNotes } from '../../../components/ui/slide-notes';
import { flattenFacts } from '../../../data/facts';
import { sourcesById } from '../../../data/kpi';
import type { Locale } from '../../../lib/locale';
import { buildTotals } from './build-totals';
import { selectMembers } from './select-members';

/** Speaker notes of the totals slide: the same tiles the slide shows, in words. */
export function totalsNotes({ datasets, filters }: DeckData, locale: Locale): SlideNotes {
  const all = flattenFacts(datasets);
  return tilesNotes(buildTotals(selectMembers(all, filters), all, sourcesById(datasets, locale), locale), datasets, locale);
}
