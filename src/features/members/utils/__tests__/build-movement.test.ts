import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../../data/facts';
import { buildMovement } from '../build-movement';
import { selectMembers } from '../select-members';
import { fact, realDims, realFacts, scopeOf } from './fixtures';

const labels = { net: 'Saldo (calcolato)', cancelled: 'Cancellate', otherCancelled: 'Altre (calcolato)', reason: (r: string) => `Cancellate: ${r}` };
const pick = (s: { key: string; value: number; base: number; size: number; start: number; end: number; kind: string; derived: boolean }) =>
  [s.key, s.value, s.base, s.size, s.start, s.end, s.kind, s.derived] as const;

describe('buildMovement on the 2020 report', () => {
  const m = buildMovement(selectMembers(realFacts, NO_FILTERS), realDims, 'it', labels)!;

  it('waterfall: +539 new, −250 objective, −190 resignations, net +99 (movement only, from zero)', () => {
    expect(m.steps.map(pick)).toEqual([
      ['new', 539, 0, 539, 0, 539, 'increase', false],
      ['cancelled-objective', -250, 289, 250, 539, 289, 'decrease', false],
      ['cancelled-resignation', -190, 99, 190, 289, 99, 'decrease', false],
      ['net', 99, 0, 99, 0, 99, 'net', true],
    ]);
    expect([m.year, m.newFirms, m.cancelledFirms, m.net]).toEqual([2020, 539, 440, 99]);
  });

  it('labels come from the data (fact label, reason labels) and the net is marked computed', () => {
    expect(m.steps.map((s) => s.label)).toEqual(['Nuove imprese associate', 'Cancellate: Motivi oggettivi', 'Cancellate: Dimissioni', 'Saldo (calcolato)']);
  });

  it('employees: 14.613 in, 10.350 out, net +4.263', () => {
    expect(m.employees).toEqual({ new: 14613, cancelled: 10350, net: 4263 });
  });
});

describe('buildMovement edge cases (synthetic)', () => {
  it.each([
    ['empty scope (year 2019)', [], 2019, null],
    ['no year', [fact('members.new.firms', 5)], null, null],
    ['only unrelated facts', [fact('members.firms', 100)], 2020, null],
  ])('%s → nothing', (_name, facts, year, expected) => {
    expect(buildMovement(scopeOf(facts, year), realDims, 'it', labels)).toBe(expected);
  });

  it.each([
    [
      'total without reasons → one cancellation step',
      [fact('members.new.firms', 10), fact('members.cancelled.firms', 4)],
      [['new', 10, 0, 10], ['cancelled', -4, 6, 4], ['net', 6, 0, 6]],
    ],
    [
      'reasons short of the total → computed remainder',
      [fact('members.new.firms', 10), fact('members.cancelled.firms', 7), fact('members.cancelled.firms', 3, { dims: { reason: 'objective' } })],
      [['new', 10, 0, 10], ['cancelled-objective', -3, 7, 3], ['cancelled-other', -4, 3, 4], ['net', 3, 0, 3]],
    ],
    [
      'more out than in → negative net below zero',
      [fact('members.new.firms', 2), fact('members.cancelled.firms', 5)],
      [['new', 2, 0, 2], ['cancelled', -5, -3, 5], ['net', -3, -3, 3]],
    ],
    ['new members only', [fact('members.new.firms', 8)], [['new', 8, 0, 8], ['net', 8, 0, 8]]],
  ])('%s', (_name, facts, expected) => {
    const m = buildMovement(scopeOf(facts), realDims, 'en', labels)!;
    expect(m.steps.map((s) => [s.key, s.value, s.base, s.size])).toEqual(expected);
    expect(m.employees).toEqual({ new: undefined, cancelled: undefined, net: undefined });
  });
});
