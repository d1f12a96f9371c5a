import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../../data/facts';
import { buildGroups, OUTSIDE_KEY } from '../build-groups';
import { selectMembers } from '../select-members';
import { fact, realDims, realFacts, scopeOf } from './fixtures';

const OUT = 'Fuori dai gruppi (calcolato)';
const r1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

describe('buildGroups on the 2020 report', () => {
  const g = buildGroups(selectMembers(realFacts, NO_FILTERS), realDims, 'it', OUT)!;

  it('has the twelve groups A–L in order, then the computed row', () => {
    expect(g.rows.map((r) => r.key)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', OUTSIDE_KEY]);
    expect(g.rows.filter((r) => r.derived).map((r) => r.label)).toEqual([OUT]);
  });

  it.each([
    // group, firms, employees, employees per firm, % of 6.796 firms, % of 414.440 employees
    ['A', 1737, 93130, 53.6, 25.6, 22.5],
    ['B', 731, 55545, 76.0, 10.8, 13.4],
    ['C', 1749, 106922, 61.1, 25.7, 25.8],
    ['F', 192, 29364, 152.9, 2.8, 7.1],
    ['H', 202, 7202, 35.7, 3.0, 1.7],
    ['L', 176, 7103, 40.4, 2.6, 1.7],
  ])('group %s: %i firms, %i employees', (key, firms, employees, perFirm, firmsShare, employeesShare) => {
    const row = g.rows.find((r) => r.key === key)!;
    expect([row.firms, row.employees]).toEqual([firms, employees]);
    expect([r1(row.perFirm), r1(row.firmsShare), r1(row.employeesShare)]).toEqual([perFirm, firmsShare, employeesShare]);
  });

  it('outside any group: 6.796 − 6.131 = 665 firms, 414.440 − 393.212 = 21.228 employees', () => {
    const out = g.rows.find((r) => r.key === OUTSIDE_KEY)!;
    expect([out.firms, out.employees, out.derived]).toEqual([665, 21228, true]);
    expect([r1(out.perFirm), r1(out.firmsShare), r1(out.employeesShare)]).toEqual([31.9, 9.8, 5.1]);
    expect(out.facts.map((f) => f.id)).toEqual([
      'aslo20.members.firms', 'aslo20.members.firms.group-total', 'aslo20.members.employees', 'aslo20.members.employees.group-total',
    ]);
  });

  it('keeps the stated totals and the table’s own total row apart', () => {
    expect([g.totalFirms, g.tableFirms, g.totalEmployees, g.tableEmployees, g.tableTotalFrom, g.inconsistent]).toEqual([
      6796, 6131, 414440, 393212, 'stated', false,
    ]);
  });

  it('the shares of all rows add up to 100% of members', () => {
    expect(g.rows.reduce((s, r) => s + (r.firmsShare ?? 0), 0)).toBeCloseTo(100, 9);
    expect(g.rows.reduce((s, r) => s + (r.employeesShare ?? 0), 0)).toBeCloseTo(100, 9);
  });

  it('uses English labels from the data', () => {
    const en = buildGroups(selectMembers(realFacts, NO_FILTERS), realDims, 'en', 'Outside any group (computed)')!;
    expect(en.rows[0]?.label).toBe('A - Mechatronics');
  });
});

describe('buildGroups edge cases (synthetic)', () => {
  it.each([
    ['empty scope (year 2019)', [], 2019],
    ['no year', [fact('members.firms', 5, { dims: { group: 'A' } })], null],
    ['only the table total row', [fact('members.firms', 5, { dims: { group: 'total' } })], 2020],
  ])('%s → nothing', (_name, facts, year) => {
    expect(buildGroups(scopeOf(facts, year), realDims, 'it', OUT)).toBeNull();
  });

  it.each([
    [
      'no table total row: the sum of the groups stands in',
      [fact('members.firms', 100), fact('members.firms', 60, { dims: { group: 'A' } }), fact('members.firms', 30, { dims: { group: 'B' } })],
      { keys: ['A', 'B', OUTSIDE_KEY], outside: 10, from: 'sum', inconsistent: false },
    ],
    [
      'groups cover every member: no computed row',
      [fact('members.firms', 90), fact('members.firms', 90, { dims: { group: 'A' } }), fact('members.firms', 90, { dims: { group: 'total' } })],
      { keys: ['A'], outside: null, from: 'stated', inconsistent: false },
    ],
    [
      'table total above the member total: flagged, no computed row',
      [fact('members.firms', 80), fact('members.firms', 90, { dims: { group: 'A' } }), fact('members.firms', 90, { dims: { group: 'total' } })],
      { keys: ['A'], outside: null, from: 'stated', inconsistent: true },
    ],
    [
      'no member total: shares unknown, no computed row',
      [fact('members.firms', 90, { dims: { group: 'A' } })],
      { keys: ['A'], outside: null, from: 'sum', inconsistent: false },
    ],
  ])('%s', (_name, facts, want) => {
    const g = buildGroups(scopeOf(facts), realDims, 'it', OUT)!;
    expect(g.rows.map((r) => r.key)).toEqual(want.keys);
    expect(g.rows.find((r) => r.derived)?.firms ?? null).toBe(want.outside);
    expect([g.tableTotalFrom, g.inconsistent]).toEqual([want.from, want.inconsistent]);
  });

  it('employees per firm is null without firms', () => {
    const g = buildGroups(scopeOf([fact('members.employees', 50, { dims: { group: 'A' } })]), realDims, 'it', OUT)!;
    expect([g.rows[0]?.perFirm, g.rows[0]?.firmsShare, g.rows[0]?.firms]).toEqual([null, null, null]);
  });
});
