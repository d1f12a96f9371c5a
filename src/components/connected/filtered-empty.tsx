import type { DataLoadError } from '../../data/fetch-json';
import { explainEmpty } from '../../data/empty-state';
import type { FactFilters } from '../../data/facts';
import type { Area, Territory } from '../../data/schema';
import { EmptyState } from './empty-state';
import { TerritoryHint } from './territory-hint';

interface Props {
  /** The filters left the view with nothing to show. */
  empty: boolean;
  errors: readonly DataLoadError[];
  /** Everything the view could show under other filters (for the nearest year). */
  items: readonly { year: number; area: Area; territory: Territory; organization?: string }[];
  filters: FactFilters;
  /** Wider territories that have data when a territory emptied the view. */
  wider: readonly Territory[];
}

/** Why a view is empty and what would fill it; silent when the emptiness is only a failed load. */
export function FilteredEmpty({ empty, errors, items, filters, wider }: Props) {
  if (!empty || (errors.length > 0 && items.length === 0)) return null;
  return (
    <>
      <EmptyState info={explainEmpty(items, filters)} />
      <TerritoryHint territory={filters.territory} wider={wider} />
    </>
  );
}
