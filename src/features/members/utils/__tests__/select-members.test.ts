import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type FactFilters } from '../../../../data/facts';
import { dimensionKeys, dimensionLabel, findFact, mergeDimensions, selectMembers } from '../select-members';
import { fact, realDims, realFacts } from './fixtures';

const f = (over: Partial<FactFilters>): FactFilters => ({ ...NO_FILTERS, ...over });

describe('selectMembers on the 2020 report', () => {
  it.each([
    ['no filters → latest year (2020)', f({}), 2020, true],
    ['single year 2020', f({ year: 2020 }), 2020, true],
    ['year 2019 → nothing (the report has no 2019 member figures)', f({ year: 2019 }), null, false],
    ['area members', f({ area: 'members' }), 2020, true],
    ['another area → nothing', f({ area: 'social' }), null, false],
    ['another territory → nothing', f({ territory: 'milano' }), null, false],
    ['the services company → nothing', f({ organization: 'assolombarda-servizi' }), null, false],
  ])('%s', (_name, filters, year, hasFacts) => {
    const scope = selectMembers(realFacts, filters);
    expect(scope.year).toBe(year);
    expect(scope.facts.length > 0).toBe(hasFacts);
    expect(scope.facts.every((x) => x.area === 'members')).toBe(true);
  });

  it('keeps only member facts (6.796 firms is among them, no social figure)', () => {
    const scope = selectMembers(realFacts, NO_FILTERS);
    expect(findFact(scope.facts, 'members.firms')?.value).toBe(6796);
    expect(scope.facts.some((x) => x.metric.startsWith('social'))).toBe(false);
  });
});

describe('selectMembers across years (synthetic)', () => {
  const two = [fact('members.firms', 100, { year: 2019 }), fact('members.firms', 120, { year: 2021 })];
  it.each([
    ['latest year without a filter', NO_FILTERS, 2021, [120]],
    ['the chosen year', f({ year: 2019 }), 2019, [100]],
    ['a year without data', f({ year: 2020 }), null, []],
    ['no facts at all', NO_FILTERS, null, []],
  ])('%s', (name, filters, year, values) => {
    const scope = selectMembers(name === 'no facts at all' ? [] : two, filters);
    expect(scope.year).toBe(year);
    expect(scope.facts.map((x) => x.value)).toEqual(values);
  });
});

describe('dimension labels', () => {
  it.each([
    ['group', 'A', 'it', 'A - Meccatronici'],
    ['group', 'C', 'en', 'C - ICT and business services'],
    ['sizeClass', 'medium', 'it', 'Medie (101–499 dip.)'],
    ['reason', 'resignation', 'it', 'Dimissioni'],
    ['group', 'Z', 'it', 'Z'],
    ['nope', 'x', 'en', 'x'],
  ] as const)('%s %s (%s) → %s', (dim, key, locale, label) => {
    expect(dimensionLabel(realDims, dim, key, locale)).toBe(label);
  });

  it('keeps the declared order and lets the first dataset win', () => {
    expect(dimensionKeys(realDims, 'sizeClass')).toEqual(['small', 'medium', 'large']);
    expect(dimensionKeys(realDims, 'missing')).toEqual([]);
    const merged = mergeDimensions([
      { dimensions: { group: { A: { it: 'primo', en: 'first' } } } },
      { dimensions: { group: { A: { it: 'secondo', en: 'second' }, B: { it: 'B', en: 'B' } } } },
    ]);
    expect(merged.group?.A?.it).toBe('primo');
    expect(Object.keys(merged.group ?? {})).toEqual(['A', 'B']);
  });
});
