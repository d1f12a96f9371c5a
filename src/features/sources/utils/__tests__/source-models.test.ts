import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type FactFilters } from '../../../../data/facts';
import { allItems, buildSourceModels } from '../source-models';
import { realDatasets } from './fixtures';

const build = (filters: FactFilters) => buildSourceModels(realDatasets, filters, 'it');

describe('buildSourceModels', () => {
  it('lists the four sources with their metadata', () => {
    const models = build(NO_FILTERS);
    expect(models.map((m) => [m.publisher, m.kind, m.year, m.file])).toEqual([
      ['Assolombarda', 'annual-report', 2020, '000_4912c0f15bd8763b.txt'],
      ['Confindustria Lombardia, Digital Innovation Hub Lombardia, Federmanager', 'press-release', 2020, '001_4cbdb62fabcd0653.txt'],
      ['Camera di Commercio di Milano Monza Brianza Lodi', 'performance-report', 2019, '002_8e5dc39e98d30e2a.txt'],
      ['Comune di Milano', 'presentation', 2018, '003_53561f253ddeb5ae.txt'],
    ]);
    expect(models[1]?.published).toBe('2020-07-08'); // the press release is dated 8 July 2020
    expect(models[3]?.years).toEqual([2008, 2017, 2018]);
  });

  it('counts every fact, indicator, list and record of each dataset when unfiltered', () => {
    for (const [i, m] of build(NO_FILTERS).entries()) {
      const d = realDatasets[i]!;
      expect(m.counts).toEqual({
        facts: { shown: d.facts.length, total: d.facts.length },
        indicators: { shown: d.indicators.length, total: d.indicators.length },
        lists: { shown: d.lists.length, total: d.lists.length },
        records: { shown: d.records.length, total: d.records.length },
      });
    }
  });

  it('holds the 76 indicators of the performance report (70 in the plan, 6 PIRA-only)', () => {
    expect(build(NO_FILTERS)[2]?.counts.indicators.total).toBe(76);
  });

  it('gives the areas in the dashboard’s order', () => {
    expect(build(NO_FILTERS)[0]?.areas).toEqual(['members', 'covid', 'services', 'communication', 'social', 'projects']);
    expect(build(NO_FILTERS)[2]?.areas).toEqual(['social', 'performance', 'staff']);
  });

  it.each<[label: string, filters: Partial<FactFilters>, expected: [string, number][]]>([
    // Assolombarda Servizi: 1.780 firms, 23% multi-service, 20 in-person events, 140 webinars, 17.444.351 € revenue.
    ['organization Assolombarda Servizi', { organization: 'assolombarda-servizi' }, [['assolombarda-2020', 5]]],
    // 2018: the chamber's follower total at January 2019 (22.680); in the presentation, nine labour figures
    // (69,5%, 6,5%, 8 years, over 60%, +5%, +90.000, −74.000, +63.000, 14,2%) and five policy figures
    // (23 bn €, 1 bn €, 21 calls, 6 areas, 3 principles) — the two 2017 figures are left out.
    ['year 2018', { year: 2018 }, [['cciaa-performance-2019', 1], ['lavoro-milano-2018', 14]]],
    ['year 2015', { year: 2015 }, []],
  ])('under %s keeps only sources with something to show', (_label, filters, expected) => {
    const models = build({ ...NO_FILTERS, ...filters });
    expect(models.map((m) => [m.id, m.counts.facts.shown])).toEqual(expected);
  });

  it('offers every item to the empty-state explanation', () => {
    const total = realDatasets.reduce((n, d) => n + d.facts.length + d.indicators.length + d.lists.length + d.records.length, 0);
    expect(allItems(realDatasets)).toHaveLength(total);
  });
});
