import type { DeckData, SlideNotes } from '../../../components/ui/panel';
import { tilesNotes } from '../../../components/ui/slide-notes';
import { filterFacts, flattenFacts } from '../../../data/facts';
import { buildTile, sourcesById } from '../../../data/kpi';
import type { Locale } from '../../../lib/locale';
import { socialMessages } from '../messages';
import { dimensionLabels, organizationLabel } from './labels';
import { buildPlatformComparison } from './platforms';
import { presentPlatforms } from './present-platforms';
import { isCommunicationFact } from './scope';
import { buildMetricTiles, WEB_TILE_METRICS } from './tiles';

function facts({ datasets, filters }: DeckData) {
  const all = flattenFacts(datasets).filter(isCommunicationFact);
  return { all, visible: filterFacts(all, filters) };
}

/** Speaker notes of the website / newsletter / magazine tiles. */
export function webTilesNotes(data: DeckData, locale: Locale): SlideNotes {
  const { all, visible } = facts(data);
  return tilesNotes(buildMetricTiles(visible, all, WEB_TILE_METRICS, sourcesById(data.datasets, locale), locale), data.datasets, locale);
}

/** Speaker notes of the platforms chart: its summary sentence, then every figure behind the bars. */
export function platformsNotes(data: DeckData, locale: Locale): SlideNotes {
  const { all, visible } = facts(data);
  const model = buildPlatformComparison(visible, dimensionLabels(data.datasets, locale));
  if (!model) return tilesNotes([], data.datasets, locale);
  const view = presentPlatforms(model, 'views', organizationLabel(data.datasets, model.organization, locale), socialMessages[locale], locale);
  const sources = sourcesById(data.datasets, locale);
  return tilesNotes(model.facts.map((f) => buildTile(f, all, sources, locale)), data.datasets, locale, `${view.summary} ${view.details}`);
}
