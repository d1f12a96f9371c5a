import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type FactFilters } from '../../../../data/facts';
import { buildChains } from '../build-chains';
import { buildGroups } from '../build-groups';
import { buildSizeClasses } from '../build-size-classes';
import { buildTotals } from '../build-totals';
import { buildMembersModel } from '../members-model';
import { buildTotalsYears } from '../year-on-year';
import { dataset, realDims, realFacts, realSources } from './fixtures';

const model = (filters: Partial<FactFilters> = {}, locale: 'it' | 'en' = 'it') => buildMembersModel([dataset], { ...NO_FILTERS, ...filters }, locale);

describe('buildMembersModel', () => {
  it.each([
    ['no filters', {}, 2020],
    ['the year 2020', { year: 2020 }, 2020],
  ])('with %s shows the 2020 members (6.796 firms)', (_, filters, year) => {
    const m = model(filters);
    expect(m.empty).toBe(false);
    expect(m.scope.year).toBe(year);
    expect(m.totals.find((t) => t.id.includes('members.firms'))?.value).toBe(6796);
  });

  it.each([
    ['a year without member figures', { year: 2019 }],
    ['another area', { area: 'labour' as const }],
  ])('with %s is one empty view, every panel without data', (_, filters) => {
    const m = model(filters);
    expect(m.empty).toBe(true);
    expect([m.totals.length, m.movement, m.size, m.groups, m.chains]).toEqual([0, null, null, null, null]);
  });

  it("gives each panel the slice its builder gives over the same scope", () => {
    const m = model();
    expect(m.totals).toEqual(buildTotals(m.scope, realFacts, realSources, 'it'));
    expect(m.size).toEqual(buildSizeClasses(m.scope, realDims, 'it'));
    expect(m.chains).toEqual(buildChains(m.scope, realDims, 'it'));
    expect(m.groups).toEqual(buildGroups(m.scope, realDims, 'it', 'Fuori dai gruppi (calcolato)'));
    expect(m.totalsYears).toEqual(buildTotalsYears(realFacts, NO_FILTERS, 'it'));
  });

  it('speaks the chosen language', () => {
    expect(model({}, 'en').groups?.rows.find((r) => r.derived)?.label).not.toBe(model().groups?.rows.find((r) => r.derived)?.label);
  });
});
