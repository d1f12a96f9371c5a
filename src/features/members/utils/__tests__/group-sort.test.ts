import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../../data/facts';
import { buildGroups, OUTSIDE_KEY } from '../build-groups';
import { groupsFinding, sortGroups, type GroupMetric, type GroupSort } from '../group-sort';
import { selectMembers } from '../select-members';
import { fact, realDims, realFacts, scopeOf } from './fixtures';

const g = buildGroups(selectMembers(realFacts, NO_FILTERS), realDims, 'it', 'Fuori')!;

describe('sortGroups on the 2020 groups', () => {
  it.each<[GroupMetric, GroupSort, string]>([
    ['firms', 'value', 'C A B D J K H F I E L G'],
    ['employees', 'value', 'C A B F J G D E K I H L'],
    ['perFirm', 'value', 'F G J B E C A K D I L H'],
    ['firms', 'letter', 'A B C D E F G H I J K L'],
    ['perFirm', 'letter', 'A B C D E F G H I J K L'],
  ])('%s by %s', (metric, sort, order) => {
    const keys = sortGroups(g.rows, metric, sort).map((r) => r.key);
    expect(keys).toEqual([...order.split(' '), OUTSIDE_KEY]);
  });

  it.each([
    ['empty', [], []],
    ['missing values go last, ties by letter', [['B', 5], ['A', null], ['C', 5], ['D', 9]], ['D', 'B', 'C', 'A']],
  ] as const)('%s', (_name, rows, order) => {
    const facts = rows.flatMap(([k, v]) => (v === null ? [fact('members.employees', 1, { dims: { group: k } })] : [fact('members.firms', v, { dims: { group: k } })]));
    const built = buildGroups(scopeOf(facts), realDims, 'it', 'x');
    expect(sortGroups(built?.rows ?? [], 'firms', 'value').map((r) => r.key)).toEqual(order);
  });

  it('does not change its input', () => {
    const before = g.rows.map((r) => r.key);
    sortGroups(g.rows, 'firms', 'value');
    expect(g.rows.map((r) => r.key)).toEqual(before);
  });
});

describe('groupsFinding (the chart title)', () => {
  it.each([
    ['firms', { kind: 'share', metric: 'firms', labels: ['C - ICT e servizi alle imprese', 'A - Meccatronici'], share: 51.3 }],
    ['employees', { kind: 'share', metric: 'employees', labels: ['C - ICT e servizi alle imprese', 'A - Meccatronici'], share: 48.3 }],
    ['perFirm', { kind: 'perFirm', label: 'F - Trasporti, logistica e infrastrutture', value: 152.9, average: 61.0 }],
  ] as const)('%s', (metric, want) => {
    const f = groupsFinding(g, metric)!;
    const rounded = JSON.parse(JSON.stringify(f, (_k, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v)));
    expect(rounded).toEqual(want);
  });

  it('needs two groups and a total for a share', () => {
    const one = buildGroups(scopeOf([fact('members.firms', 10), fact('members.firms', 5, { dims: { group: 'A' } })]), realDims, 'it', 'x')!;
    expect(groupsFinding(one, 'firms')).toBeNull();
    expect(groupsFinding(one, 'perFirm')).toBeNull();
  });
});
