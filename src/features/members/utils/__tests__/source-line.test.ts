import { describe, expect, it } from 'vitest';
import { sourcesOf } from '../source-line';
import { fact, realFacts, realSources } from './fixtures';

describe('sourcesOf', () => {
  it.each([
    ['no facts', [], []],
    [
      'member totals and groups: one document, two sections',
      realFacts.filter((f) => ['aslo20.members.firms', 'aslo20.members.firms.group-a', 'aslo20.members.employees'].includes(f.id)),
      [{ title: "Relazione dell'attività 2020", publisher: 'Assolombarda', sections: ['1 | Gli associati', '1 | Suddivisione in gruppi e filiere'] }],
    ],
    ['an unknown source keeps its id', [fact('members.firms', 1)], [{ title: 'test-source', publisher: '', sections: ['test'] }]],
  ])('%s', (_name, facts, want) => {
    expect(sourcesOf(facts, realSources)).toEqual(want);
  });
});
