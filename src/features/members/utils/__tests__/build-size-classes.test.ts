import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../../data/facts';
import { buildSizeClasses } from '../build-size-classes';
import { selectMembers } from '../select-members';
import { fact, realDims, realFacts, scopeOf } from './fixtures';

const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

describe('buildSizeClasses on the 2020 report', () => {
  const size = buildSizeClasses(selectMembers(realFacts, NO_FILTERS), realDims, 'it')!;

  it.each([
    // class, label as printed, firms, employees, % firms of 6.796, % employees of 414.440, employees per firm
    ['small', 'Piccole (< 100 dip.)', 5996, 120218, 88.2, 29.0, 20.0],
    ['medium', 'Medie (101–499 dip.)', 704, 143163, 10.4, 34.5, 203.4],
    ['large', 'Grandi (> 500 dip.)', 96, 151059, 1.4, 36.4, 1573.5],
  ])('%s: %s', (key, label, firms, employees, firmsShare, employeesShare, perFirm) => {
    const row = size.rows.find((r) => r.key === key)!;
    expect([row.label, row.firms, row.employees]).toEqual([label, firms, employees]);
    expect([round1(row.firmsShare), round1(row.employeesShare), round1(row.perFirm)]).toEqual([firmsShare, employeesShare, perFirm]);
  });

  it('shares are of the stated totals (6.796 firms, 414.440 employees) in the declared order', () => {
    expect([size.totalFirms, size.totalEmployees, size.totalsFrom]).toEqual([6796, 414440, 'stated']);
    expect(size.rows.map((r) => r.key)).toEqual(['small', 'medium', 'large']);
  });
});

describe('buildSizeClasses edge cases (synthetic)', () => {
  it.each([
    ['empty scope', []],
    ['totals but no classes', [fact('members.firms', 10)]],
  ])('%s → nothing', (_name, facts) => {
    expect(buildSizeClasses(scopeOf(facts), realDims, 'en')).toBeNull();
  });

  it.each([
    [
      'no stated total: shares of the classes’ sum',
      [fact('members.firms', 30, { dims: { sizeClass: 'small' } }), fact('members.firms', 10, { dims: { sizeClass: 'large' } })],
      'sum',
      [['small', 75, null], ['large', 25, null]],
    ],
    [
      'a class without employees',
      [fact('members.firms', 50), fact('members.employees', 1000), fact('members.firms', 5, { dims: { sizeClass: 'medium' } })],
      'stated',
      [['medium', 10, null]],
    ],
  ])('%s', (_name, facts, from, rows) => {
    const size = buildSizeClasses(scopeOf(facts), realDims, 'en')!;
    expect(size.totalsFrom).toBe(from);
    expect(size.rows.map((r) => [r.key, r.firmsShare, r.employeesShare])).toEqual(rows);
  });
});
