import { factsOfMetric, indexFacts, type IndexedFacts } from './fact-index';
import { family } from './family';
import type { Area, Dataset, Fact, Territory } from './schema';
import { compareText } from '../lib/compare';

/** A fact with its source and organization resolved, so it never travels without provenance. */
export interface SourcedFact extends Fact {
  sourceId: string;
  organization: string;
  /** Organization key of the source's publisher (the organization filter finds a document's figures by it too). */
  publisher: string;
}

export interface FactFilters {
  year: number | null;
  area: Area | null;
  territory: Territory | null;
  organization: string | null;
}

export const NO_FILTERS: FactFilters = { year: null, area: null, territory: null, organization: null };

/**
 * Every fact with its source resolved, indexed by metric. A view model computes it once per change of
 * the data (its data step) and hands it on; nothing here keeps it.
 */
export function flattenFacts(datasets: readonly Dataset[]): IndexedFacts<SourcedFact> {
  const all = datasets.map((d) => d.facts.map((f) => ({ ...f, sourceId: d.source.id, organization: f.organization ?? d.source.organization, publisher: d.source.organization })));
  return indexFacts(withoutRestatements(datasets, all));
}

/**
 * One figure per series and year across the years of a report series: next year's report restates
 * this year's figures ("anno scorso"), and the import has checked that the two agree. The figure
 * kept is the one of the report for that year, else of the latest report that gives it.
 */
function withoutRestatements(datasets: readonly Dataset[], facts: SourcedFact[][]): SourcedFact[] {
  const families = datasets.map((d) => family(d.id));
  if (new Set(families).size === families.length) return facts.flat();
  const chosen = new Map<string, number>();
  const rank = (i: number, year: number) => (datasets[i]!.source.year === year ? Infinity : datasets[i]!.source.year);
  facts.forEach((list, i) =>
    list.forEach((f) => {
      const key = `${families[i]}|${f.year}|${seriesKey(f)}`;
      const prev = chosen.get(key);
      if (prev === undefined || rank(i, f.year) > rank(prev, f.year)) chosen.set(key, i);
    }),
  );
  return facts.flatMap((list, i) => list.filter((f) => chosen.get(`${families[i]}|${f.year}|${seriesKey(f)}`) === i));
}

/**
 * The organization filter keeps an organization's own figures and those of the documents it published:
 * "Comune di Milano" finds the labour figures of the city's presentation, whoever compiled them.
 */
export function matchesFilters(item: { year: number; area: Area; territory: Territory; organization?: string; publisher?: string }, filters: FactFilters): boolean {
  return (
    (filters.year === null || item.year === filters.year) &&
    (filters.area === null || item.area === filters.area) &&
    (filters.territory === null || item.territory === filters.territory) &&
    (filters.organization === null || item.organization === filters.organization || item.publisher === filters.organization)
  );
}

export function filterFacts<F extends SourcedFact>(facts: readonly F[], filters: FactFilters): F[] {
  return facts.filter((f) => matchesFilters(f, filters));
}

export interface FactQuery {
  metric: string;
  dimensions?: Record<string, string>;
  year?: number;
  organization?: string;
}

/** Same dimensions, exactly (none asked means none present). */
export function sameDimensions(a: Record<string, string> | undefined, b: Record<string, string> | undefined): boolean {
  const ka = Object.keys(a ?? {});
  const kb = Object.keys(b ?? {});
  return ka.length === kb.length && ka.every((k) => a?.[k] === b?.[k]);
}

export function matchesQuery(f: SourcedFact, q: FactQuery): boolean {
  return (
    f.metric === q.metric &&
    sameDimensions(f.dimensions, q.dimensions) &&
    (q.year === undefined || f.year === q.year) &&
    (q.organization === undefined || f.organization === q.organization)
  );
}

export function queryFacts<F extends SourcedFact>(facts: readonly F[], q: FactQuery): F[] {
  return facts.filter((f) => matchesQuery(f, q));
}

/** What `queryFacts(filterFacts(all, filters), q)` returns, in the same order, reading only the facts of `q.metric`. */
export function queryVisible<F extends SourcedFact>(all: readonly F[], filters: FactFilters, q: FactQuery): F[] {
  return factsOfMetric(all, q.metric).filter((f) => matchesFilters(f, filters) && matchesQuery(f, q));
}

/** The facts of one metric that carry a given dimension, e.g. every {group: X} of members.firms. */
export function factsByDimension<F extends SourcedFact>(facts: readonly F[], metric: string, dimension: string): F[] {
  return facts.filter((f) => f.metric === metric && f.dimensions?.[dimension] !== undefined && Object.keys(f.dimensions).length === 1);
}

/** Identity of a series across years: metric, dimensions, territory and organization. */
export function seriesKey(f: SourcedFact): string {
  const dims = Object.entries(f.dimensions ?? {})
    .sort(([a], [b]) => compareText(a, b))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  return `${f.organization}|${f.metric}|${dims}|${f.territory}`;
}

/** The most recent earlier value of the same series, if the data has one (a short scan of the fact's own metric). */
export function previousOf<F extends SourcedFact>(all: readonly F[], fact: F): F | undefined {
  const key = seriesKey(fact);
  let best: F | undefined;
  for (const f of factsOfMetric(all, fact.metric)) {
    if (f.year < fact.year && (!best || f.year > best.year) && seriesKey(f) === key) best = f;
  }
  return best;
}

/** The series' figures up to the fact's year, one per year, oldest first (the fact's own included). */
export function historyOf<F extends SourcedFact>(all: readonly F[], fact: F): F[] {
  const key = seriesKey(fact);
  const byYear = new Map<number, F>();
  for (const f of factsOfMetric(all, fact.metric)) {
    if (f.year <= fact.year && !byYear.has(f.year) && seriesKey(f) === key) byYear.set(f.year, f.year === fact.year ? fact : f);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

export function yearsOf(items: readonly { year: number }[]): number[] {
  return [...new Set(items.map((i) => i.year))].sort((a, b) => a - b);
}

/** The year with data closest to the wanted one (the later one on a tie). */
export function nearestYear(years: readonly number[], wanted: number): number | undefined {
  return [...years].sort((a, b) => Math.abs(a - wanted) - Math.abs(b - wanted) || b - a)[0];
}
