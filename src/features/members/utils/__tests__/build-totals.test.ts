import { describe, expect, it } from 'vitest';
import { buildTotals } from '../build-totals';
import { fact, realFacts, realSources, scopeOf } from './fixtures';
import { selectMembers } from '../select-members';
import { NO_FILTERS } from '../../../../data/facts';

describe('buildTotals', () => {
  it('gives the four totals of 2020 in order, from the report (section 1)', () => {
    const tiles = buildTotals(selectMembers(realFacts, NO_FILTERS), realFacts, realSources, 'it');
    expect(tiles.map((t) => [t.label, t.value, t.unit])).toEqual([
      ['Imprese associate', 6796, 'firms'],
      ['Dipendenti delle imprese associate', 414440, 'employees'],
      ['Nuove imprese associate', 539, 'firms'],
      ['Imprese cancellate', 440, 'firms'],
    ]);
    expect(tiles.every((t) => t.delta === undefined && t.year === 2020)).toBe(true);
    expect(tiles[0]?.source).toMatchObject({ title: "Relazione dell'attività 2020", publisher: 'Assolombarda', section: '1 | Gli associati' });
  });

  it.each([
    ['empty scope (e.g. year 2019)', [], 2019, []],
    ['only some totals present', [fact('members.firms', 10), fact('members.cancelled.firms', 2)], 2020, [10, 2]],
    ['a cancellation by reason is not a total', [fact('members.cancelled.firms', 2, { dims: { reason: 'objective' } })], 2020, []],
  ])('%s', (_name, facts, year, values) => {
    expect(buildTotals(scopeOf(facts, year), facts, realSources, 'en').map((t) => t.value)).toEqual(values);
  });

  it('shows the change against the previous year when the data has one (synthetic two years)', () => {
    const all = [fact('members.firms', 100, { year: 2019 }), fact('members.firms', 110, { year: 2020 })];
    const [tile] = buildTotals(scopeOf([all[1]!]), all, realSources, 'it');
    expect(tile?.delta).toMatchObject({ fromYear: 2019, fromValue: 100, change: 10, pct: 10 });
  });
});
