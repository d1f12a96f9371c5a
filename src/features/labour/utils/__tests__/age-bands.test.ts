import { describe, expect, it } from 'vitest';
import type { SourcedFact } from '../../../../data/facts';
import type { FactFilters } from '../../../../data/facts';
import { ageBandTable, buildAgeBands, GENERATION_METRIC, symmetricScale } from '../age-bands';
import { runChecks } from '../../../../data/checks';
import { ctxFor, labourDatasets as datasets } from './fixtures';

// Figures typed from the City of Milan presentation (003): "-74mila occupati tra i 15-44enni | +63mila occupati over 45
// dal 2008" and "Il numero di occupati è cresciuto dal 2008 del 5% (+90mila unità)".
describe('buildAgeBands: the generational change by age band', () => {
  it.each<[string, Partial<FactFilters>]>([
    ['no filters', {}],
    ['year 2018', { year: 2018 }],
    ['territory milano', { territory: 'milano' }],
    ['area labour', { area: 'labour' }],
  ])('with %s gives −74.000 and +63.000, summing to −11.000 against a stated +90.000', (_, filters) => {
    const ctx = ctxFor(filters);
    const series = buildAgeBands(ctx.visible, ctx.dimensions, 'it')!;
    expect(series.bands.map((b) => [b.key, b.value])).toEqual([['15-44', -74000], ['45+', 63000]]);
    expect(series.sum).toBe(-11000);
    expect(series.total).toBe(90000);
    expect(series.consistent).toBe(false);
    expect(series.gap).toBe(101000);
    // The marker beside the stated total links to this result of the Sources view's checks.
    expect(runChecks(datasets).find((r) => r.id === series.checkResultId)?.outcome).toBe('warning');
  });

  it.each<[string, Partial<FactFilters>]>([
    ['year 2017 (only fixed-term contracts)', { year: 2017 }],
    ['year 2020', { year: 2020 }],
    ['territory lodi', { territory: 'lodi' }],
    ['area policy', { area: 'policy' }],
  ])('with %s is empty', (_, filters) => {
    const ctx = ctxFor(filters);
    expect(buildAgeBands(ctx.visible, ctx.dimensions, 'it')).toBeNull();
  });

  it.each([
    ['it', ['15-44 anni', 'Over 45']],
    ['en', ['Aged 15-44', 'Aged 45+']],
  ] as const)('labels the bands from the dataset in %s', (locale, labels) => {
    const ctx = ctxFor();
    expect(buildAgeBands(ctx.visible, ctx.dimensions, locale)!.bands.map((b) => b.label)).toEqual(labels);
  });

  const fact = (id: string, value: number, ageBand?: string): SourcedFact => ({
    id, year: 2018, area: 'labour', territory: 'milano', organization: 'x', publisher: 'x', sourceId: 's', metric: GENERATION_METRIC,
    ...(ageBand ? { dimensions: { ageBand } } : {}), value, unit: 'people', qualifier: 'exact',
    label: { it: id, en: id }, provenance: { section: 's', label: 'l' },
  });

  it.each([
    ['bands that add up', [fact('a', -10, 'y'), fact('b', 30, 'o'), fact('t', 20)], true, 0],
    ['bands without a stated total', [fact('a', -10, 'y'), fact('b', 30, 'o')], true, 0],
    ['bands that do not add up', [fact('a', -10, 'y'), fact('b', 30, 'o'), fact('t', 25)], false, 5],
  ] as const)('checks %s against the total', (_, facts, consistent, gap) => {
    const series = buildAgeBands(facts, {}, 'it')!;
    expect(series.consistent).toBe(consistent);
    expect(series.gap).toBe(gap);
  });

  it('offers a table with the bands, their sum and the stated total', () => {
    const ctx = ctxFor();
    const table = ageBandTable(buildAgeBands(ctx.visible, ctx.dimensions, 'it')!, { band: 'B', change: 'C', sum: 'S', total: 'T' });
    expect(table.rows).toEqual([
      { band: '15-44 anni', change: -74000 },
      { band: 'Over 45', change: 63000 },
      { band: 'S', change: -11000 },
      { band: 'T', change: 90000 },
    ]);
  });
});

describe('symmetricScale: a round axis around zero', () => {
  it.each([
    [[-74000, 63000], 100000],
    [[-10, 30], 50],
    [[230], 250],
    [[240], 500],
    [[0], 1],
    [[-1000], 2000],
  ])('%j → ±%d', (values, max) => {
    const scale = symmetricScale(values);
    expect(scale.max).toBe(max);
    expect(scale.ticks).toEqual([-max, -max / 2, 0, max / 2, max]);
  });
});
