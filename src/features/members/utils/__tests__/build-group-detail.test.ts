import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../../data/facts';
import { buildGroupDetail } from '../build-group-detail';
import { buildGroups, OUTSIDE_KEY } from '../build-groups';
import { selectMembers } from '../select-members';
import { realDims, realFacts, realSources } from './fixtures';

const g = buildGroups(selectMembers(realFacts, NO_FILTERS), realDims, 'it', 'Fuori dai gruppi (calcolato)')!;

describe('buildGroupDetail', () => {
  it.each([
    // key, firms, employees, rank by firms, rank by employees
    ['A', 1737, 93130, 2, 2],
    ['C', 1749, 106922, 1, 1],
    ['F', 192, 29364, 8, 4],
    ['G', 138, 17964, 12, 6],
  ])('group %s', (key, firms, employees, rankFirms, rankEmployees) => {
    const d = buildGroupDetail(g, key, realSources)!;
    expect([d.row.firms, d.row.employees, d.rankFirms, d.rankEmployees, d.groupCount, d.derivation]).toEqual([firms, employees, rankFirms, rankEmployees, 12, null]);
    expect(d.sources.map((s) => s.label)).toEqual([expect.stringMatching(/– Imprese$/), expect.stringMatching(/– Dipendenti$/)]);
    expect(d.sources[0]).toMatchObject({ title: "Relazione dell'attività 2020", publisher: 'Assolombarda', section: '1 | Suddivisione in gruppi e filiere' });
  });

  it('the computed row explains itself: 6.796 − 6.131 firms, 414.440 − 393.212 employees', () => {
    const d = buildGroupDetail(g, OUTSIDE_KEY, realSources)!;
    expect([d.row.firms, d.row.employees, d.rankFirms, d.rankEmployees]).toEqual([665, 21228, null, null]);
    expect(d.derivation).toEqual({ totalFirms: 6796, tableFirms: 6131, totalEmployees: 414440, tableEmployees: 393212 });
    expect(d.sources.map((s) => s.section)).toEqual(['1 | Gli associati', '1 | Suddivisione in gruppi e filiere', '1 | Gli associati', '1 | Suddivisione in gruppi e filiere']);
  });

  it.each([['no selection', null], ['unknown key', 'Z'], ['the table total is not a row', 'total']])('%s → nothing', (_name, key) => {
    expect(buildGroupDetail(g, key, realSources)).toBeNull();
  });
});
