import { flattenFacts, type FactFilters, type SourcedFact } from '../../../data/facts';
import { sourcesById } from '../../../data/kpi';
import type { Dataset } from '../../../data/schema';
import { formatNumber } from '../../../lib/format';
import type { Locale } from '../../../lib/locale';
import type { ViewModelSpec } from '../../../store/view-model';
import { overviewMessages } from '../messages';
import { buildOverview, tileCount, type OverviewModel } from './build-overview';
import { HEADLINES } from './headlines';
import { buildOutcomeTiles } from './outcome-tile';

/** After the members' lead tile: the chamber's indicators achieved. */
const OUTCOME_AFTER = 1;

/** What the overview reads whatever the filters: the datasets and their facts, indexed by metric. */
export interface OverviewData {
  datasets: readonly Dataset[];
  facts: readonly SourcedFact[];
}

/** The overview's tiles and, for its empty state, the facts and filters they were chosen from. */
export interface OverviewViewModel extends OverviewModel {
  facts: readonly SourcedFact[];
  filters: FactFilters;
  /** How many tiles show. */
  shown: number;
}

/** The overview's tiles for the data (facts already flattened), filters and language. */
export function overviewTiles(datasets: readonly Dataset[], facts: readonly SourcedFact[], filters: FactFilters, locale: Locale): OverviewModel {
  const t = overviewMessages[locale].outcome;
  const f = (n: number) => formatNumber(n, locale);
  const text = { label: t.label, section: t.section, note: (a: number, b: number, c: number) => t.note(f(a), f(b), f(c)) };
  const outcome = buildOutcomeTiles(datasets, filters, text, locale).map((tile) => ({ tile, area: 'performance' as const, after: OUTCOME_AFTER }));
  return buildOverview(facts, HEADLINES, filters, sourcesById(datasets, locale), locale, outcome);
}

export const prepareOverview = (datasets: readonly Dataset[]): OverviewData => ({ datasets, facts: flattenFacts(datasets) });

export function overviewModelOf({ datasets, facts }: OverviewData, filters: FactFilters, locale: Locale): OverviewViewModel {
  const tiles = overviewTiles(datasets, facts, filters, locale);
  return { ...tiles, facts, filters, shown: tileCount(tiles) };
}

/** The overview's view model: its two steps (the facts once per change of data, the tiles per filters and language). */
export const OVERVIEW_MODEL: ViewModelSpec<OverviewData, OverviewViewModel> = { prepare: prepareOverview, build: overviewModelOf };

export function buildOverviewModel(datasets: readonly Dataset[], filters: FactFilters, locale: Locale): OverviewViewModel {
  return overviewModelOf(prepareOverview(datasets), filters, locale);
}
