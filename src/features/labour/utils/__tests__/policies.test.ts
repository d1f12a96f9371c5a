import { describe, expect, it } from 'vitest';
import type { FactFilters } from '../../../../data/facts';
import { joinPolicyBudgets } from '../policies';
import { ctxFor } from './fixtures';

// From the presentation (003), "Policy complementari": six policies; "23 miliardi" for the national Industry 4.0 plan,
// "Un miliardo di Euro" for POR FESR 2014-2020 Lombardia; the other four give no amount.
const join = (filters: Partial<FactFilters>) => {
  const ctx = ctxFor(filters);
  return joinPolicyBudgets(ctx.allLists, ctx.all, ctx.filters, 'it');
};

describe('joinPolicyBudgets: the policies with their budgets', () => {
  it('joins every policy with its budget, or none', () => {
    const rows = join({});
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => [r.id, r.budget?.value])).toEqual([
      ['piano-nazionale-industria-40', 23_000_000_000],
      ['legge-regionale-26-2016', undefined],
      ['por-fesr-lombardia', 1_000_000_000],
      ['social-partners-initiatives', undefined],
      ['horizon-2020-uia', undefined],
      ['pnsd-pon-scuola', undefined],
    ]);
    expect(rows[0]!.budget).toMatchObject({ unit: 'eur', qualifier: 'exact', territory: 'italia', year: 2018 });
  });

  it.each<[string, Partial<FactFilters>, string[]]>([
    ['year 2018', { year: 2018 }, ['piano-nazionale-industria-40', 'legge-regionale-26-2016', 'por-fesr-lombardia', 'social-partners-initiatives', 'horizon-2020-uia', 'pnsd-pon-scuola']],
    ['territory italia (the national plan’s budget)', { territory: 'italia' }, ['piano-nazionale-industria-40']],
    ['territory lombardia (the regional programme’s budget)', { territory: 'lombardia' }, ['por-fesr-lombardia']],
    ['territory lodi', { territory: 'lodi' }, []],
    ['year 2020', { year: 2020 }, []],
    ['area labour', { area: 'labour' }, []],
  ])('with %s shows %j', (_, filters, ids) => {
    expect(join(filters).map((r) => r.id)).toEqual(ids);
  });

  it('reads labels in the chosen language', () => {
    const ctx = ctxFor();
    expect(joinPolicyBudgets(ctx.allLists, ctx.all, ctx.filters, 'en')[0]!.label).toBe('National Industry 4.0 Plan');
  });
});
