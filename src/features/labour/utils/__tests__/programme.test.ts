import { describe, expect, it } from 'vitest';
import type { FactFilters } from '../../../../data/facts';
import { buildInitiative } from '../initiative';
import { buildProgramme } from '../programme';
import { ctxFor } from './fixtures';

// Manifattura Milano (003): "6 AREE DI INTERVENTO", "3 INDICAZIONI DI METODO", three aims (occupazione, periferie,
// coesione sociale). Sviluppo PMI (001, 8 July 2020): 100 PMI lombarde, in un anno; run by ARUM.
describe('buildProgramme: Manifattura Milano', () => {
  it.each<[string, Partial<FactFilters>, number[] | null]>([
    ['no filters', {}, [3, 6, 3]],
    ['year 2018', { year: 2018 }, [3, 6, 3]],
    ['area policy', { area: 'policy' }, [3, 6, 3]],
    ['area labour', { area: 'labour' }, null],
    ['territory lodi', { territory: 'lodi' }, null],
    ['year 2020', { year: 2020 }, null],
  ])('with %s has aims, areas and principles %j', (_, filters, counts) => {
    const ctx = ctxFor(filters);
    const p = buildProgramme(ctx.records, ctx.allLists, ctx.all, ctx.filters, 'it');
    expect(p && [p.aims?.items.length, p.areas?.items.length, p.principles?.items.length]).toEqual(counts);
    if (p) {
      expect(p.mismatches).toEqual([]);
      expect(p.goal?.text).toMatch(/manifattura digitale/);
      expect(p.areas!.items.every((i) => i.detail)).toBe(true);
    }
  });
});

describe('buildInitiative: Sviluppo PMI', () => {
  it.each<[string, Partial<FactFilters>, boolean]>([
    ['no filters', {}, true],
    ['year 2020', { year: 2020 }, true],
    ['territory lombardia', { territory: 'lombardia' }, true],
    ['year 2018', { year: 2018 }, false],
    ['territory milano', { territory: 'milano' }, false],
    ['territory lodi', { territory: 'lodi' }, false],
  ])('with %s is shown: %s', (_, filters, shown) => {
    const ctx = ctxFor(filters);
    expect(buildInitiative(ctx.records, ctx.all, 'it') !== null).toBe(shown);
  });

  it('takes the target and the duration from its facts, the rest from the record', () => {
    const ctx = ctxFor();
    const m = buildInitiative(ctx.records, ctx.all, 'it')!;
    expect(m.date).toBe('2020-07-08');
    expect(m.figures.map((f) => [f.field, f.value, f.unit])).toEqual([
      ['target', 100, 'companies_assessed'],
      ['duration', 1, 'years'],
    ]);
    expect(m.fields.find((f) => f.key === 'promoters')?.value).toMatch(/Confindustria Lombardia.*Digital Innovation Hub Lombardia.*Federmanager/);
    expect(m.fields.find((f) => f.key === 'operator')?.value).toMatch(/ARUM/);
    expect(m.context.map((f) => f.value)).toEqual([-50, 2]);
  });
});
