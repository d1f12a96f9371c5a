import { matchesFilters, nearestYear, yearsOf, type FactFilters } from './facts';
import type { Area, Territory } from './schema';

export interface EmptyInfo {
  /** The filters that are set (the ones that emptied the view). */
  active: (keyof FactFilters)[];
  /** Closest year that has data under the other filters, when a year is chosen. */
  nearestYear?: number;
}

type Filterable = { year: number; area: Area; territory: Territory; organization?: string };

/** Why a view is empty, and the nearest year that would fill it. */
export function explainEmpty(items: readonly Filterable[], filters: FactFilters): EmptyInfo {
  const active = (Object.keys(filters) as (keyof FactFilters)[]).filter((k) => filters[k] !== null);
  if (filters.year === null) return { active };
  const others = items.filter((i) => matchesFilters(i, { ...filters, year: null }));
  return { active, nearestYear: nearestYear(yearsOf(others), filters.year) };
}
