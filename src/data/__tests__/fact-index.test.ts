import { describe, expect, it } from 'vitest';
import { factsOfMetric, indexFacts, type IndexedFacts } from '../fact-index';
import { filterFacts, flattenFacts, NO_FILTERS, previousOf, queryVisible, sameDimensions, seriesKey, type FactFilters, type FactQuery, type SourcedFact } from '../facts';
import { selectLatest, selectLatestVisible, type TileSpec } from '../kpi';
import type { Dataset } from '../schema';
import { loadDataset } from './dataset-fixtures';

const datasets: Dataset[] = ['assolombarda-2020.json', 'cciaa-performance-2019.json', 'lavoro-milano-2018.json', 'sviluppo-pmi-2020.json'].map(loadDataset);

/**
 * The real facts, each also copied k times: as another series (own metric, as `npm run bench` does)
 * and within its own metric under another year and territory, so a metric's list is long and the filters matter.
 */
function multiplied(factor: number): Dataset[] {
  return datasets.map((d) => ({
    ...d,
    facts: [
      ...d.facts,
      ...Array.from({ length: factor - 1 }, (_, i) => i + 1).flatMap((k) =>
        d.facts.flatMap((f) => [
          { ...f, id: `${f.id}.x${k}`, metric: `${f.metric}.x${k}` },
          { ...f, id: `${f.id}.y${k}`, year: f.year - k, territory: k % 2 ? ('lombardia' as const) : f.territory },
        ]),
      ),
    ],
  }));
}

const sets: [string, IndexedFacts][] = [
  ['the real data', flattenFacts(datasets)],
  ['3× multiplied data', flattenFacts(multiplied(3))],
];

/** Every query the data can answer: each series' metric, dimensions and organization, with and without its year. */
function queriesOf(facts: readonly SourcedFact[]): FactQuery[] {
  const all = facts.flatMap((f): FactQuery[] => [
    { metric: f.metric },
    { metric: f.metric, dimensions: f.dimensions, organization: f.organization },
    { metric: f.metric, dimensions: f.dimensions, year: f.year },
  ]);
  return [...new Map(all.map((q) => [JSON.stringify(q), q])).values()];
}

/** No filter, each filter value alone, and the exact combination of every fact (plus one no fact has). */
function filtersOf(facts: readonly SourcedFact[]): FactFilters[] {
  const all: FactFilters[] = [NO_FILTERS, { ...NO_FILTERS, year: 1990 }, { ...NO_FILTERS, territory: 'pavia' }];
  for (const f of facts) {
    all.push({ ...NO_FILTERS, year: f.year }, { ...NO_FILTERS, area: f.area }, { ...NO_FILTERS, territory: f.territory }, { ...NO_FILTERS, organization: f.organization }, { ...NO_FILTERS, organization: f.publisher });
    all.push({ year: f.year, area: f.area, territory: f.territory, organization: f.organization });
  }
  return [...new Map(all.map((x) => [JSON.stringify(x), x])).values()];
}

/** The full scan the index replaces, written out: every fact looked at, in order (first the filters, then the query). */
function scanVisible(facts: readonly SourcedFact[], filters: FactFilters): SourcedFact[] {
  return facts.filter(
    (f) =>
      (filters.year === null || f.year === filters.year) &&
      (filters.area === null || f.area === filters.area) &&
      (filters.territory === null || f.territory === filters.territory) &&
      (filters.organization === null || f.organization === filters.organization || f.publisher === filters.organization),
  );
}
function scanQuery(visible: readonly SourcedFact[], q: FactQuery): SourcedFact[] {
  return visible.filter(
    (f) =>
      f.metric === q.metric &&
      sameDimensions(f.dimensions, q.dimensions) &&
      (q.year === undefined || f.year === q.year) &&
      (q.organization === undefined || f.organization === q.organization),
  );
}

/** Without a year filter, the facts of each series' latest year; under one, all of them. */
function scanLatest(visible: readonly SourcedFact[], yearFilter: number | null, specs: readonly TileSpec[]): SourcedFact[] {
  return specs.flatMap((spec) => {
    const matches = scanQuery(visible, spec);
    const latest = matches.reduce((y, f) => Math.max(y, f.year), -Infinity);
    return matches.filter((f) => yearFilter !== null || f.year === latest);
  });
}

describe.each(sets)('the metric index over %s', (_, facts) => {
  const metrics = [...new Set(facts.map((f) => f.metric))];

  it('lists every fact of a metric, the same objects in the same order as a scan', () => {
    for (const metric of metrics) expect(factsOfMetric(facts, metric)).toStrictEqual(facts.filter((f) => f.metric === metric));
    expect(metrics.reduce((n, m) => n + factsOfMetric(facts, m).length, 0)).toBe(facts.length);
    expect(factsOfMetric(facts, 'no.such.metric')).toEqual([]);
  });

  it('travels with the flattened facts; a list derived from them is read by a scan, with the same result', () => {
    expect(factsOfMetric(facts, metrics[0]!)).toBe(facts.byMetric.get(metrics[0]!));
    const some = facts.filter((f) => f.year === facts[0]!.year);
    expect('byMetric' in some).toBe(false);
    expect(factsOfMetric(some, facts[0]!.metric)).toStrictEqual(some.filter((f) => f.metric === facts[0]!.metric));
    expect(indexFacts([...some]).byMetric.get(facts[0]!.metric)).toStrictEqual(factsOfMetric(some, facts[0]!.metric));
  });

  it("finds each fact's previous value exactly as a scan of every fact does", () => {
    const keys = facts.map(seriesKey);
    const scanPrevious = (i: number) => {
      let best: SourcedFact | undefined;
      facts.forEach((f, j) => {
        if (keys[j] === keys[i] && f.year < facts[i]!.year && (!best || f.year > best.year)) best = f;
      });
      return best;
    };
    const expected = facts.map((_, i) => scanPrevious(i));
    expect(expected.filter(Boolean).length).toBeGreaterThan(0);
    expect(facts.every((f, i) => previousOf(facts, f) === expected[i])).toBe(true);
  });

  it('answers every query under every filter exactly as a full scan does', () => {
    const own = facts.filter((f) => !f.metric.includes('.x'));
    const queries = queriesOf(own);
    expect(new Set(queries.flatMap((q) => queryVisible(facts, NO_FILTERS, q))).size).toBe(own.length);
    for (const filters of filtersOf(facts)) {
      const visible = scanVisible(facts, filters);
      const filtered = filterFacts(facts, filters);
      expectSameFacts(
        queries.map((q) => queryVisible(facts, filters, q)),
        queries.map((q) => scanQuery(visible, q)),
      );
      expectSameFacts(
        queries.map((q) => selectLatest(filtered, [q], filters.year)),
        queries.map((q) => scanLatest(visible, filters.year, [q])),
      );
    }
  });

  it('selects the latest facts of many specs at once exactly as a full scan does', () => {
    const specs = queriesOf(facts).map(({ metric, dimensions, organization }) => ({ metric, dimensions, organization }));
    for (const filters of filtersOf(facts).filter((_, i) => i % 5 === 0)) {
      const expected = scanLatest(scanVisible(facts, filters), filters.year, specs);
      expectSameFacts([selectLatestVisible(facts, specs, filters)], [expected]);
      expectSameFacts([selectLatest(filterFacts(facts, filters), specs, filters.year)], [expected]);
    }
  });
});

/** The same facts (the very objects, not copies) in the same order; a difference shows by id. */
function expectSameFacts(got: readonly (readonly SourcedFact[])[], expected: readonly (readonly SourcedFact[])[]) {
  const ids = (lists: readonly (readonly SourcedFact[])[]) => lists.map((list) => list.map((f) => f.id));
  expect(ids(got)).toEqual(ids(expected));
  const flat = expected.flat();
  expect(got.flat().every((f, i) => f === flat[i])).toBe(true);
}
