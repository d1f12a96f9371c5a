import { describe, expect, it } from 'vitest';
import type { FactFilters } from '../../../../data/facts';
import { computeDelta } from '../../../../data/kpi';
import { buildDisputes, disputesTable } from '../disputes';
import { ctxFor } from './fixtures';

// Assolombarda, Relazione 2020 (000), "Una task force dedicata": "6.077 vertenze sindacali individuali – anno scorso 11.130",
// "3.021 vertenze sindacali collettive (96.136 lavoratori) – anno scorso 671".
describe('computeDelta on the disputes', () => {
  it.each([
    [6077, 11130, -5053, -45.4],
    [3021, 671, 2350, 350.2],
  ])('%d against %d: %d, %d%%', (now, before, change, pct) => {
    const d = computeDelta(now, before, 2019);
    expect(d.change).toBe(change);
    expect(d.pct).toBeCloseTo(pct, 1);
  });
});

describe('buildDisputes: 2019 against 2020', () => {
  it.each<[string, Partial<FactFilters>]>([
    ['no filters', {}],
    ['year 2020 (with its comparison year)', { year: 2020 }],
    ['area covid', { area: 'covid' }],
    ['territory assolombarda-area', { territory: 'assolombarda-area' }],
  ])('with %s compares both kinds across both years', (_, filters) => {
    const ctx = ctxFor(filters);
    const m = buildDisputes(ctx.all, ctx.filters, 'it')!;
    expect(m.years).toEqual([2019, 2020]);
    expect(m.categories.map((c) => [c.metric, c.values[2019], c.values[2020]])).toEqual([
      ['covid.disputes.individual', 11130, 6077],
      ['covid.disputes.collective', 671, 3021],
    ]);
    expect(m.categories[0]!.delta!.pct).toBeCloseTo(-45.4, 1);
    expect(m.categories[1]!.delta!.pct).toBeCloseTo(350.2, 1);
  });

  it('with year 2019 shows that year alone, without a change', () => {
    const ctx = ctxFor({ year: 2019 });
    const m = buildDisputes(ctx.all, ctx.filters, 'it')!;
    expect(m.years).toEqual([2019]);
    expect(m.categories.map((c) => [c.values[2019], c.delta])).toEqual([[11130, undefined], [671, undefined]]);
    expect(disputesTable(m, { kind: 'k', change: 'c' }).columns.map((c) => c.key)).toEqual(['label', 'y2019']);
  });

  it.each<[string, Partial<FactFilters>]>([
    ['territory lodi', { territory: 'lodi' }],
    ['area services', { area: 'services' }],
    ['year 2018', { year: 2018 }],
    ['year 2021', { year: 2021 }],
  ])('with %s is empty', (_, filters) => {
    const ctx = ctxFor(filters);
    expect(buildDisputes(ctx.all, ctx.filters, 'it')).toBeNull();
  });

  it.each([
    ['it', ['Vertenze sindacali individuali', 'Vertenze sindacali collettive']],
    ['en', ['Individual labour disputes', 'Collective labour disputes']],
  ] as const)('labels the kinds from the data (%s) and tables the rounded change', (locale, labels) => {
    const ctx = ctxFor();
    const table = disputesTable(buildDisputes(ctx.all, ctx.filters, locale)!, { kind: 'k', change: 'c' });
    expect(table.rows).toEqual([
      { label: labels[0], y2019: 11130, y2020: 6077, change: -45.4 },
      { label: labels[1], y2019: 671, y2020: 3021, change: 350.2 },
    ]);
  });
});
