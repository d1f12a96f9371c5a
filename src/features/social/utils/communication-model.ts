import { filterFacts, flattenFacts, type FactFilters, type SourcedFact } from '../../../data/facts';
import { indexFacts } from '../../../data/fact-index';
import { sourcesById, type SourceInfo, type TileModel } from '../../../data/kpi';
import type { Dataset } from '../../../data/schema';
import type { YearTable } from '../../../data/years';
import type { Locale } from '../../../lib/locale';
import type { ViewModelSpec } from '../../../store/view-model';
import { socialMessages } from '../messages';
import { dimensionLabels, organizationLabel, type DimensionLabels } from './labels';
import { buildPartsAndTotal, type PartsAndTotal } from './parts';
import { buildPlatformComparison, type PlatformComparison } from './platforms';
import { availableMeasures } from './projects';
import { isCommunicationFact } from '../view-scope';
import { buildCampaigns, buildMetricTiles, sourceLine, WEB_TILE_METRICS, type CampaignGroup } from './tiles';
import { buildYearOnYear, FOLLOWERS, WEBSITE_USERS, type YearOnYear } from './year-on-year';
import { buildWebYears } from './years-view';

/** What the communication view reads whatever the filters: its facts of every year, indexed by metric. */
export interface CommunicationData {
  datasets: readonly Dataset[];
  all: readonly SourcedFact[];
}

/** The communication view under the filters and language: its facts, words, and each panel's slice. */
export interface CommunicationModel {
  t: (typeof socialMessages)['it'];
  locale: Locale;
  filters: FactFilters;
  /** Every communication fact, all years (for deltas and the years' charts). */
  all: readonly SourcedFact[];
  /** Those under the filters. */
  visible: SourcedFact[];
  labels: DimensionLabels;
  sources: ReadonlyMap<string, SourceInfo>;
  orgName: (key: string) => string;
  /** A chart's source line for the facts behind it. */
  source: (facts: readonly SourcedFact[]) => string;
  /** Nothing of the view under these filters: the view's one empty state, no panels. */
  viewEmpty: boolean;
  platforms: PlatformComparison | null;
  website: YearOnYear | null;
  followers: YearOnYear | null;
  press: PartsAndTotal | null;
  /** The projects' measures under the filters (the ranking's switch). */
  measures: string[];
  webTiles: TileModel[];
  webYears: YearTable | null;
  campaigns: CampaignGroup[];
}

export function prepareCommunication(datasets: readonly Dataset[]): CommunicationData {
  return { datasets, all: indexFacts(flattenFacts(datasets).filter(isCommunicationFact)) };
}

export function communicationModelOf({ datasets, all }: CommunicationData, filters: FactFilters, locale: Locale): CommunicationModel {
  const t = socialMessages[locale];
  const visible = filterFacts(all, filters);
  const labels = dimensionLabels(datasets, locale);
  const sources = sourcesById(datasets, locale);
  return {
    t,
    locale,
    filters,
    all,
    visible,
    labels,
    sources,
    orgName: (key) => organizationLabel(datasets, key, locale),
    source: (facts) => sourceLine(facts, sources, { source: t.source, section: t.section, quote: t.quote }),
    viewEmpty: visible.length === 0,
    platforms: buildPlatformComparison(visible, labels),
    website: buildYearOnYear(visible, all, WEBSITE_USERS, labels),
    followers: buildYearOnYear(visible, all, FOLLOWERS, labels),
    press: buildPartsAndTotal(visible, 'press.items', 'channel', labels),
    measures: availableMeasures(visible),
    webTiles: buildMetricTiles(visible, all, WEB_TILE_METRICS, sources, locale),
    webYears: buildWebYears(all, filters, locale),
    campaigns: buildCampaigns(visible, all, sources, locale),
  };
}

export const COMMUNICATION_MODEL: ViewModelSpec<CommunicationData, CommunicationModel> = { prepare: prepareCommunication, build: communicationModelOf };

/** The communication view's model for the data, filters and language. */
export function buildCommunicationModel(datasets: readonly Dataset[], filters: FactFilters, locale: Locale): CommunicationModel {
  return communicationModelOf(prepareCommunication(datasets), filters, locale);
}
