import { describe, expect, it } from 'vitest';
import type { FactFilters } from '../../../../data/facts';
import { buildLabourModel, widerTerritoriesForLabour } from '../labour-model';
import { ctxFor, labourDatasets } from './fixtures';
import { NO_FILTERS } from '../../../../data/facts';

// From the presentation (003): 69,5% employment, 6,5% unemployment, female employment "oltre il 60%", NEET 14,2%
// of 15-24 year-olds (2018 report); employed +5% (+90mila) since 2008, back to pre-crisis levels after 8 years;
// fixed-term contracts +12,3% in 2017.
describe('labour tiles', () => {
  it.each<[string, Partial<FactFilters>, [number, string, number][], number[]]>([
    ['no filters', {}, [[69.5, 'exact', 2018], [6.5, 'exact', 2018], [60, 'more_than', 2018], [14.2, 'exact', 2018]], [5, 90000, 8, 12.3]],
    ['year 2018', { year: 2018 }, [[69.5, 'exact', 2018], [6.5, 'exact', 2018], [60, 'more_than', 2018], [14.2, 'exact', 2018]], [5, 90000, 8]],
    ['year 2017', { year: 2017 }, [], [12.3]],
    ['territory lodi', { territory: 'lodi' }, [], []],
    ['area policy', { area: 'policy' }, [], []],
  ])('with %s', (_, filters, rates, changes) => {
    const m = buildLabourModel(ctxFor(filters), 'it');
    expect(m.rates.map((t) => [t.value, t.qualifier, t.year])).toEqual(rates);
    expect(m.change.map((t) => t.value)).toEqual(changes);
  });

  it('reads changes with their sign in the summary', () => {
    const m = buildLabourModel(ctxFor(), 'it');
    expect(m.changeSummary.map((p) => p.isChange)).toEqual([true, true, false, true]);
  });

  it.each<[string, Partial<FactFilters>, boolean]>([
    ['no filters', {}, false],
    ['year 2017', { year: 2017 }, false],
    ['year 2015', { year: 2015 }, true],
    ['territory lodi', { territory: 'lodi' }, true],
    ['territory ue', { territory: 'ue' }, false],
  ])('with %s the whole view is empty: %s', (_, filters, empty) => {
    expect(buildLabourModel(ctxFor(filters), 'it').empty).toBe(empty);
  });

  it.each<[string, Partial<FactFilters>, string[]]>([
    ['territory lodi', { territory: 'lodi' }, ['lombardia', 'italia', 'ue']],
    ['territory lodi, year 2020 (only the regional initiative)', { territory: 'lodi', year: 2020 }, ['lombardia']],
    ['territory milano (asked only when its view is empty)', { territory: 'milano' }, ['lombardia', 'italia', 'ue']],
    ['territory pavia, area labour', { territory: 'pavia', area: 'labour' }, []],
    ['no territory', {}, []],
  ])('with %s the wider territories with data are %j', (_, filters, wider) => {
    expect(widerTerritoriesForLabour(labourDatasets, { ...NO_FILTERS, ...filters }, 'it')).toEqual(wider);
  });
});
