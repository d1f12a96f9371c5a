import { indicatorCheckAnchors } from '../../../data/checks';
import type { IndicatorAnchors } from '../../../data/checks/anchors';
import { mapThenable, runChecksNow, type RunChecks, type Thenable } from '../../../data/checks/slices';
import { TEXT_CHECK_SPECS } from '../../../data/checks/text-specs';
import { flattenFacts, type FactFilters, type SourcedFact } from '../../../data/facts';
import { sourcesById, type SourceInfo } from '../../../data/kpi';
import type { Dataset, StrategicArea } from '../../../data/schema';
import type { Locale } from '../../../lib/locale';
import type { ViewModelSpec } from '../../../store/view-model';
import { scorecardMessages } from '../messages';
import { buildFilterOptions, type FilterOptions } from './params';
import { collectIndicators, collectStrategicAreas, indicatorsForFilters, type ScorecardIndicator } from './scorecard-data';
import { buildStaff, type StaffModel } from './staff';

/** What the scorecard reads whatever the filters: the indicators, areas, staff facts, and the checks that name indicators. */
export interface ScorecardDataPrepared {
  datasets: readonly Dataset[];
  all: ScorecardIndicator[];
  areas: StrategicArea[];
  facts: readonly SourcedFact[];
  staffFacts: SourcedFact[];
  /**
   * The readings of the report's words that name indicators (their badges link to these checks), started
   * on first use: only the indicators' list reads them. Run with the data step, they were 30-40 ms at
   * 4x CPU inside the task that hydrated the page; run at once on first use, 70 ms inside the task that
   * mounted the list. A page runs them in slices after its paint (`run`), the list's badges come then.
   */
  checkAnchors: () => Thenable<IndicatorAnchors>;
}

/** The scorecard under the global filters and language (its own filters, in the URL, are read by its panels). */
export interface ScorecardModel {
  locale: Locale;
  filters: FactFilters;
  all: ScorecardIndicator[];
  areas: StrategicArea[];
  sources: ReadonlyMap<string, SourceInfo>;
  /** The indicators kept by the global filters. */
  indicators: ScorecardIndicator[];
  options: FilterOptions;
  staff: StaffModel | null;
  staffFacts: SourcedFact[];
  checkAnchors: ScorecardDataPrepared['checkAnchors'];
  /** Nothing of the scorecard under these filters (while there is data): the view's one empty state. */
  empty: boolean;
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

export function prepareScorecard(datasets: readonly Dataset[], run: RunChecks = runChecksNow): ScorecardDataPrepared {
  const facts = flattenFacts(datasets);
  return {
    datasets,
    all: collectIndicators(datasets),
    areas: collectStrategicAreas(datasets),
    facts,
    staffFacts: facts.filter((f) => f.metric === 'staff.posts' || f.metric === 'staff.filled'),
    checkAnchors: once(() => mapThenable(run(datasets, TEXT_CHECK_SPECS), indicatorCheckAnchors)),
  };
}

export function scorecardModelOf({ datasets, all, areas, facts, staffFacts, checkAnchors }: ScorecardDataPrepared, filters: FactFilters, locale: Locale): ScorecardModel {
  const indicators = indicatorsForFilters(all, filters);
  const staff = buildStaff(facts, datasets, filters, locale);
  return {
    locale,
    filters,
    all,
    areas,
    sources: sourcesById(datasets, locale),
    indicators,
    options: buildFilterOptions(all, areas, locale, scorecardMessages[locale].areaFallback),
    staff,
    staffFacts,
    checkAnchors,
    empty: (all.length > 0 || staffFacts.length > 0) && indicators.length === 0 && !staff,
  };
}

/** The scorecard's view model; `run` runs the text checks behind the badges (at once, or after the page's paint). */
export const scorecardModelSpec = (run: RunChecks): ViewModelSpec<ScorecardDataPrepared, ScorecardModel> => ({
  prepare: (datasets) => prepareScorecard(datasets, run),
  build: scorecardModelOf,
});

/** The scorecard's model for the data, filters and language. */
export function buildScorecardModel(datasets: readonly Dataset[], filters: FactFilters, locale: Locale): ScorecardModel {
  return scorecardModelOf(prepareScorecard(datasets), filters, locale);
}
