import { describe, expect, it } from 'vitest';
import { flattenFacts, NO_FILTERS, type FactFilters } from '../../../../data/facts';
import { sourcesById } from '../../../../data/kpi';
import type { Dataset } from '../../../../data/schema';
import { loadDataset } from '../../../../data/__tests__/dataset-fixtures';
import { buildOverview, tileCount, type OverviewModel } from '../build-overview';
import { HEADLINES } from '../headlines';

const datasets: Dataset[] = ['assolombarda-2020.json', 'cciaa-performance-2019.json', 'lavoro-milano-2018.json', 'sviluppo-pmi-2020.json'].map(loadDataset);
const facts = flattenFacts(datasets);
const sources = sourcesById(datasets);
const build = (filters: Partial<FactFilters>, headlines = HEADLINES) => buildOverview(facts, headlines, { ...NO_FILTERS, ...filters }, sources, 'it');
const all = (model: OverviewModel) => [...model.lead, ...model.rest];
const tilesOf = (model: OverviewModel) => all(model).map((x) => x.tile);
const tile = (model: OverviewModel, metric: string) => tilesOf(model).filter((t) => t.id.includes(metric));

describe('buildOverview', () => {
  it('puts the lead headlines first and the rest in the order of the list', () => {
    const model = build({});
    expect(model.lead.map((x) => x.tile.id)).toEqual(HEADLINES.filter((h) => h.lead).flatMap((h) => tile(model, h.metric).map((t) => t.id)));
    expect(model.lead.map((x) => x.area)).toEqual(['members', 'communication', 'labour']);
    const areas = [...new Set(model.rest.map((x) => x.area))];
    expect(areas.slice(0, 3)).toEqual(['members', 'covid', 'services']);
    expect(areas).toContain('labour');
  });

  it('numbers each tile’s source document in order of first use, once per document', () => {
    const model = build({});
    expect(model.sources.map((d) => d.id)).toEqual([...new Set(all(model).map((x) => x.tile.source.id))]);
    for (const x of all(model)) expect(model.sources[x.note - 1]?.id).toBe(x.tile.source.id);
    expect(model.sources.length).toBe(4);
  });

  it('places an extra lead tile where asked', () => {
    const [extra] = tilesOf(build({ year: 2020 }, HEADLINES.filter((h) => h.metric === 'press.items')));
    const model = buildOverview(facts, HEADLINES, NO_FILTERS, sources, 'it', [{ tile: extra!, area: 'communication', after: 1 }]);
    expect(model.lead.map((x) => x.tile.id)[1]).toBe(extra!.id);
    expect(model.lead).toHaveLength(4);
  });

  it.each([
    // metric, year filter, expected value (from the documents), expected year
    ['members.firms', null, 6796, 2020],
    ['covid.disputes.individual', null, 6077, 2020],
    ['covid.disputes.individual', 2019, 11130, 2019],
    ['web.users', null, 2867204, 2020],
    ['web.users', 2019, 1042043, 2019],
    ['labour.employment_rate', 2018, 69.5, 2018],
  ] as const)('%s with year %s shows %s (%s)', (metric, year, value, expectedYear) => {
    const tiles = tilesOf(build({ year }, HEADLINES.filter((h) => h.metric === metric)));
    expect(tiles.map((t) => [t.value, t.year])).toEqual([[value, expectedYear]]);
  });

  it.each([
    // metric, current, previous year's value: change computed from the two facts
    ['covid.disputes.individual', 6077, 11130],
    ['covid.disputes.collective', 3021, 671],
    ['web.users', 2867204, 1042043],
  ] as const)('derives the change of %s against the previous year', (metric, now, before) => {
    const [t] = tilesOf(build({}, HEADLINES.filter((h) => h.metric === metric)));
    expect(t?.delta?.fromYear).toBe(2019);
    expect(t?.delta?.change).toBe(now - before);
    expect(t?.delta?.pct).toBeCloseTo(((now - before) / before) * 100, 6);
  });

  it.each([
    ['labour.employed.change_since_2008', true],
    ['web.users.growth', true],
    ['labour.fixed_term_contracts.change', true],
    ['members.firms', false],
    ['covid.consultations', false],
  ])('marks %s as a change to sign: %s', async (metric, signed) => {
    const { isChangeMetric } = await import('../../../../data/kpi');
    expect(isChangeMetric(metric)).toBe(signed);
  });

  it('gives no change where the data has no earlier year', () => {
    expect(tile(build({}), 'members.firms')[0]?.delta).toBeUndefined();
  });

  it('carries the source and its provenance on every tile', () => {
    for (const t of tilesOf(build({}))) {
      expect(t.source.title.length).toBeGreaterThan(0);
      expect(t.source.section.length).toBeGreaterThan(0);
      expect(t.source.label.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['a year without data', { year: 2015 }],
    ['an area without headlines', { area: 'projects' as const }],
    ['a territory nothing is about', { territory: 'pavia' as const }],
  ])('is empty for %s', (_, filters) => {
    expect(tileCount(build(filters))).toBe(0);
  });

  it.each([
    // metric, year, whose figure in short (from the data's organizations, never a key)
    ['social.followers', 2020, 'Assolombarda'],
    ['social.followers', 2019, 'Camera di commercio'],
    ['staff.filled', 2019, 'Camera di commercio'],
    ['services.revenue', 2020, 'Assolombarda Servizi'],
    ['labour.employment_rate', 2018, 'Comune di Milano'],
  ] as const)('names whose figure %s of %s is: %s', (metric, year, organization) => {
    expect(tile(build({ year }), metric).map((t) => t.organization)).toEqual([organization]);
  });

  it.each([null, 2018, 2019, 2020])('names an organization on every tile of year %s, in both languages', (year) => {
    for (const locale of ['it', 'en'] as const) {
      const tiles = tilesOf(buildOverview(facts, HEADLINES, { ...NO_FILTERS, year }, sources, locale));
      expect(tiles.length).toBeGreaterThan(0);
      for (const t of tiles) expect(t.organization).toMatch(/^(Assolombarda|Assolombarda Servizi|Camera di commercio|Chamber of commerce|Comune di Milano|City of Milan|Confindustria Lombardia)$/);
    }
  });

  it('finds the labour figures of the city’s document under Ente = Comune di Milano', () => {
    const model = build({ organization: 'comune-milano' });
    expect(all(model).map((x) => x.area)).toContain('labour');
    expect(tile(model, 'labour.employment_rate').map((t) => t.value)).toEqual([69.5]);
  });

  it('shows the chamber’s followers for 2019 + Social, as the communication view does', () => {
    const tiles = tilesOf(build({ year: 2019, area: 'social' }));
    expect(tiles.map((t) => [t.value, t.organization])).toEqual([[29378, 'Camera di commercio']]);
  });

  it.each([
    // metric, declared polarity → a rise is: collective disputes +350% is bad news, web users +175% good
    ['covid.disputes.collective', 'bad'],
    ['web.users', 'good'],
  ] as const)('colours the change of %s by its polarity: %s', (metric, tone) => {
    const [t] = tilesOf(build({}, HEADLINES.filter((h) => h.metric === metric)));
    expect(t?.delta?.change).toBeGreaterThan(0);
    expect(t?.delta?.tone).toBe(tone);
  });

  it('narrows to one area and one year', () => {
    const model = build({ year: 2020, area: 'members' });
    expect(new Set(all(model).map((x) => x.area))).toEqual(new Set(['members']));
    expect(tilesOf(model).every((t) => t.year === 2020)).toBe(true);
  });

  it('names each tile’s series the same in every year, and never twice on one screen (the list’s key)', () => {
    const years = [null, ...new Set(facts.map((f) => f.year))];
    for (const year of years) {
      const series = tilesOf(build({ year })).map((t) => t.series);
      expect(new Set(series).size, `year ${year}`).toBe(series.length);
    }
    // Assolombarda's collective disputes: the 2019 and 2020 figures are two facts of one series.
    const [y2019] = tile(build({ year: 2019 }), 'covid.disputes.collective');
    const [y2020] = tile(build({ year: 2020 }), 'covid.disputes.collective');
    expect(y2019?.id).not.toBe(y2020?.id);
    expect(y2019?.series).toBe(y2020?.series);
  });
});

describe('buildOverview over grown data', () => {
  // As `npm run bench` grows the data: every fact also copied 99 times as another series (own id and metric).
  const copies = (d: Dataset, k: number) => d.facts.map((f) => ({ ...f, id: `${f.id}.x${k}`, metric: `${f.metric}.x${k}` }));
  // A copy keeps its original's polarity, so its change reads as good or bad news alike.
  const polarities = (d: Dataset) => Object.fromEntries(Object.entries(d.polarity).flatMap(([m, p]) => [[m, p], ...Array.from({ length: 99 }, (_, i) => [`${m}.x${i + 1}`, p])]));
  const grown = datasets.map((d) => ({ ...d, polarity: polarities(d), facts: [...d.facts, ...Array.from({ length: 99 }, (_, i) => copies(d, i + 1)).flat()] }));
  const grownFacts = flattenFacts(grown);
  const filterSets: Partial<FactFilters>[] = [{}, { year: 2020 }, { year: 2019 }, { year: 2018 }, { area: 'labour' }, { territory: 'milano' }, { organization: 'assolombarda' }, { year: 2019, area: 'covid' }];

  it.each(filterSets)('shows the same tiles as the real data under %o', (filters) => {
    expect(tileCount(build(filters))).toBeGreaterThan(0);
    expect(buildOverview(grownFacts, HEADLINES, { ...NO_FILTERS, ...filters }, sources, 'it')).toEqual(build(filters));
  });

  it.each(filterSets)('finds a copied series as it finds the original under %o', (filters) => {
    const copied = HEADLINES.map((h) => ({ ...h, metric: `${h.metric}.x42` }));
    const tiles = buildOverview(grownFacts, copied, { ...NO_FILTERS, ...filters }, sourcesById(grown), 'it');
    // The series' name holds its metric (source|organization|metric|dimensions|territory).
    const copiedSeries = (series: string) => series.split('|').map((part, i) => (i === 2 ? `${part}.x42` : part)).join('|');
    const copy = (x: OverviewModel['lead'][number]) => ({ ...x, tile: { ...x.tile, id: `${x.tile.id}.x42`, series: copiedSeries(x.tile.series) } });
    const real = build(filters);
    const expected = { ...real, lead: real.lead.map(copy), rest: real.rest.map(copy) };
    expect(tiles).toEqual(expected);
  });
});
