import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../../data/facts';
import { buildChains } from '../build-chains';
import { selectMembers } from '../select-members';
import { fact, realDims, realFacts, scopeOf } from './fixtures';

describe('buildChains', () => {
  it('six supply chains, largest first, summing to 1.125 with no stated total', () => {
    const c = buildChains(selectMembers(realFacts, NO_FILTERS), realDims, 'it')!;
    expect(c.rows.map((r) => [r.label, r.firms])).toEqual([
      ['Automotive', 220],
      ['Life Sciences', 199],
      ['Energy Sustainable Global Chain', 181],
      ['Agroalimentare', 180],
      ['Attrattività & Hospitality', 180],
      ['Largo Consumo', 165],
    ]);
    expect([c.sum, c.statedTotal]).toEqual([1125, null]);
  });

  it.each([
    ['empty scope (year 2019)', [], null],
    ['group facts are not chains', [fact('members.firms', 3, { dims: { group: 'A' } })], null],
    ['a single chain', [fact('members.firms', 7, { dims: { supplyChain: 'automotive' } })], { sum: 7, keys: ['automotive'] }],
  ])('%s', (_name, facts, want) => {
    const c = buildChains(scopeOf(facts), realDims, 'en');
    expect(c && { sum: c.sum, keys: c.rows.map((r) => r.key) }).toEqual(want);
  });
});
