import type { Dataset, Area, Territory } from './schema';
import { AREAS, TERRITORIES } from './vocab';

export interface FilterOptions {
  years: number[];
  areas: Area[];
  territories: Territory[];
  /** Organization keys, named by `organizationName` (data/organizations.ts). */
  organizations: string[];
}

/** The choices the data actually offers (facts, indicators, lists and records), in a stable order. */
export function buildFilterOptions(datasets: readonly Dataset[]): FilterOptions {
  const items = datasets.flatMap((d) => [...d.facts, ...d.indicators.map((i) => ({ ...i, area: 'performance' as const })), ...d.lists, ...d.records]);
  const years = [...new Set(items.map((i) => i.year))].sort((a, b) => b - a);
  const areas = AREAS.filter((a) => items.some((i) => i.area === a));
  const territories = TERRITORIES.filter((t) => items.some((i) => i.territory === t));
  const orgKeys = new Set(datasets.flatMap((d) => [d.source.organization, ...d.facts.map((f) => f.organization ?? d.source.organization)]));
  const organizations = [...orgKeys].sort();
  return { years, areas, territories, organizations };
}
