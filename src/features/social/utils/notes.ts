import type { DeckData, SlideNotes } from '../../../components/ui/panel';
import { tilesNotes } from '../../../components/ui/slide-notes';
import { buildTile } from '../../../data/kpi';
import type { Locale } from '../../../lib/locale';
import { communicationModel } from '../hooks/use-communication';
import { presentPlatforms } from './present-platforms';

const modelOf = ({ datasets, filters }: DeckData, locale: Locale) => communicationModel.select(datasets, filters, locale);

/** Speaker notes of the website / newsletter / magazine tiles. */
export function webTilesNotes(data: DeckData, locale: Locale): SlideNotes {
  return tilesNotes(modelOf(data, locale).webTiles, data.datasets, locale);
}

/** Speaker notes of the platforms chart: its summary sentence, then every figure behind the bars. */
export function platformsNotes(data: DeckData, locale: Locale): SlideNotes {
  const { platforms: model, all, sources, orgName, t } = modelOf(data, locale);
  if (!model) return tilesNotes([], data.datasets, locale);
  const view = presentPlatforms(model, 'views', orgName(model.organization), t, locale);
  return tilesNotes(model.facts.map((f) => buildTile(f, all, sources, locale)), data.datasets, locale, `${view.summary} ${view.details}`);
}
