import { flattenFacts, type FactFilters, type SourcedFact } from '../../../data/facts';
import { sourcesById, type SourceInfo, type TileModel } from '../../../data/kpi';
import type { Dataset } from '../../../data/schema';
import type { YearTable } from '../../../data/years';
import type { Locale } from '../../../lib/locale';
import type { ViewModelSpec } from '../../../store/view-model';
import { membersMessages } from '../messages';
import { buildChains, type Chains } from './build-chains';
import { buildGroups, type Groups } from './build-groups';
import { buildMovement, type Movement } from './build-movement';
import { buildSizeClasses, type SizeClasses } from './build-size-classes';
import { buildTotals } from './build-totals';
import { memberFacts, mergeDimensions, selectMembers, type DimensionLabels, type MembersScope } from './select-members';
import { buildTotalsYears } from './year-on-year';

/** The datasets this view reads (a module constant, so the query list keeps its identity). */
export const MEMBERS_DATASETS = ['assolombarda-2020'] as const;

/** What the members view reads whatever the filters. */
export interface MembersData {
  datasets: readonly Dataset[];
  /** Every fact (indexed by metric), for deltas and the years' charts. */
  all: readonly SourcedFact[];
  /** The member facts of every year. */
  members: readonly SourcedFact[];
  dims: DimensionLabels;
}

/** The members view under the filters and language: the scope and each panel's slice. */
export interface MembersModel extends Omit<MembersData, 'datasets'> {
  filters: FactFilters;
  locale: Locale;
  sources: ReadonlyMap<string, SourceInfo>;
  scope: MembersScope;
  /** Nothing of the members under these filters (while there is data): the view's one empty state. */
  empty: boolean;
  totals: TileModel[];
  totalsYears: YearTable | null;
  movement: Movement | null;
  size: SizeClasses | null;
  groups: Groups | null;
  chains: Chains | null;
}

export function prepareMembers(datasets: readonly Dataset[]): MembersData {
  const all = flattenFacts(datasets);
  return { datasets, all, members: memberFacts(all), dims: mergeDimensions(datasets) };
}

export function membersModelOf({ datasets, all, members, dims }: MembersData, filters: FactFilters, locale: Locale): MembersModel {
  const t = membersMessages[locale];
  const sources = sourcesById(datasets, locale);
  const scope = selectMembers(all, filters);
  const m = t.movement;
  return {
    all,
    members,
    dims,
    filters,
    locale,
    sources,
    scope,
    empty: datasets.length > 0 && scope.facts.length === 0,
    totals: buildTotals(scope, all, sources, locale),
    totalsYears: buildTotalsYears(all, filters, locale),
    movement: buildMovement(scope, dims, locale, { net: m.net, cancelled: m.cancelled, otherCancelled: m.otherCancelled, reason: m.reason }),
    size: buildSizeClasses(scope, dims, locale),
    groups: buildGroups(scope, dims, locale, t.groups.outside),
    chains: buildChains(scope, dims, locale),
  };
}

export const MEMBERS_MODEL: ViewModelSpec<MembersData, MembersModel> = { datasets: MEMBERS_DATASETS, prepare: prepareMembers, build: membersModelOf };

/** The members view's model for the data, filters and language. */
export function buildMembersModel(datasets: readonly Dataset[], filters: FactFilters, locale: Locale): MembersModel {
  return membersModelOf(prepareMembers(datasets), filters, locale);
}
