import { publisherName } from '../../../data/organizations';
import { matchesFilters, type FactFilters } from '../../../data/facts';
import type { Area, Dataset, Source, Territory } from '../../../data/schema';
import { AREAS } from '../../../data/vocab';
import type { Locale } from '../../../lib/locale';

export interface Filterable {
  year: number;
  area: Area;
  territory: Territory;
  organization: string;
}

export interface SourceItems {
  facts: Filterable[];
  indicators: Filterable[];
  lists: Filterable[];
  records: Filterable[];
}

/** Everything a dataset holds, each with the fields the global filters read. */
export function itemsOf(d: Dataset): SourceItems {
  const org = d.source.organization;
  return {
    facts: d.facts.map((f) => ({ ...f, organization: f.organization ?? org })),
    indicators: d.indicators.map((i) => ({ year: i.year, area: 'performance' as const, territory: i.territory, organization: org })),
    lists: d.lists.map((l) => ({ ...l, organization: org })),
    records: d.records.map((r) => ({ ...r, organization: org })),
  };
}

export interface Count {
  shown: number;
  total: number;
}

export interface SourceModel {
  id: string;
  title: string;
  publisher: string;
  organization: string;
  kind: Source['kind'];
  year: number;
  years: number[];
  published?: string;
  file: string;
  description: string;
  counts: Record<keyof SourceItems, Count>;
  /** Areas of the source's figures, in the dashboard's order. */
  areas: Area[];
}

/**
 * One model per source that has something under the filters; its counts say how many of its
 * figures, indicators, lists and records the filters keep (and how many it holds in all). The
 * checks that read it come apart (ChecksModel.bySource): they run after the page has painted.
 */
export function buildSourceModels(datasets: readonly Dataset[], filters: FactFilters, locale: Locale): SourceModel[] {
  return datasets.flatMap((d): SourceModel[] => {
    const items = itemsOf(d);
    const count = (list: Filterable[]): Count => ({ shown: list.filter((i) => matchesFilters(i, filters)).length, total: list.length });
    const counts = { facts: count(items.facts), indicators: count(items.indicators), lists: count(items.lists), records: count(items.records) };
    if (Object.values(counts).every((c) => c.shown === 0)) return [];
    const all = Object.values(items).flat();
    const s = d.source;
    return [{
      id: s.id, title: s.title, publisher: publisherName(s, d.organizations, locale), kind: s.kind, year: s.year, years: [...s.years].sort((a, b) => a - b),
      published: s.published, file: s.file, description: s.description[locale],
      organization: d.organizations[s.organization]?.[locale] ?? s.organization,
      counts,
      areas: AREAS.filter((a) => all.some((i) => i.area === a)),
    }];
  });
}

/** All filterable items of all datasets (what the empty state explains). */
export function allItems(datasets: readonly Dataset[]): Filterable[] {
  return datasets.flatMap((d) => Object.values(itemsOf(d)).flat());
}
