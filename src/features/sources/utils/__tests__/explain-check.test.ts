import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../data/checks';
import type { Locale } from '../../../../lib/locale';
import { checkContext, checkFigures, disagreementLines, partsTable } from '../check-figures';
import { explainCheck } from '../explain-check';
import { realDatasets } from './fixtures';

const checks = runChecks(realDatasets);
const byId = (id: string) => {
  const c = checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}`);
  return c;
};

describe('explainCheck builds the sentence from the numbers, in the reader’s format', () => {
  // Figures typed from the documents (Italian: 6.131; English: 6,131).
  it.each<[id: string, locale: Locale, fragments: string[]]>([
    ['members.groups.firms@aslo20.members.firms.group-total', 'it', ['Le 12 voci sommano 6.131 imprese', 'esattamente il totale dichiarato (6.131 imprese)']],
    ['members.outside-groups.firms@aslo20.members.firms.group-total', 'it', ['6.131 imprese', '6.796 imprese', '665 imprese non rientrano in nessun gruppo']],
    ['members.outside-groups.employees@aslo20.members.employees.group-total', 'it', ['393.212 dipendenti', '414.440 dipendenti', '21.228 dipendenti non rientrano']],
    ['social.platforms.views@aslo20.social.views', 'it', ['14.078.517 visualizzazioni', '14.726.633 visualizzazioni', '648.116 visualizzazioni non è attribuita']],
    ['social.platforms.views@aslo20.social.views', 'en', ['14,078,517 views', '14,726,633 views', '648,116 views is not attributed']],
    ['web.users.growth@aslo20.web.users.growth.highlight', 'it', ['Dato nel riquadro in evidenza', '175,5%', '175,15%', '1.042.043 utenti (2019)', '2.867.204 utenti (2020)', '+0,348 p.p.', 'supera', '±0,05 p.p.']],
    ['web.users.growth@aslo20.web.users.growth.text', 'it', ['Dato nel testo', 'la fonte dichiara 175,15%', 'rientra nella tolleranza']],
    ['social.followers.growth@cciaa19.social.followers.growth.total', 'it', ['La fonte dichiara 29,5%', '22.680 follower (2018)', '29.378 follower (2019)', '29,53%', 'rientra']],
    ['labour.employed.change.age-bands@lavmi.labour.employed.change_since_2008', 'it', ['-11.000 persone', '+90.000 persone', '101.000 persone', 'Le voci indicano un calo, il totale una crescita.']],
    ['indicators.status@cciaa-performance-2019.2019', 'it', ['PIRA 6.1.2, target ≥ 2, risultato 1, dichiarato raggiunto ma secondo i numeri non raggiunto']],
    ['indicators.status@cciaa-performance-2019.2019', 'en', ['PIRA 6.1.2, target ≥ 2, result 1, stated achieved but by the numbers not achieved']],
  ])('%s (%s)', (id, locale, fragments) => {
    const sentence = explainCheck(byId(id), locale);
    for (const f of fragments) expect(sentence).toContain(f);
  });

  it.each<[reason: 'dataset-missing' | 'facts-missing', text: RegExp]>([
    ['dataset-missing', /non sono stati caricati/],
    ['facts-missing', /non contiene tutte le cifre/],
  ])('explains a not-applicable check (%s)', (reason, text) => {
    const na = { ...byId('press.channels@aslo20.press.items'), outcome: 'not-applicable' as const, explanation: reason, numbers: undefined };
    expect(explainCheck(na, 'it')).toMatch(text);
    expect(checkFigures(na, 'it')).toEqual([]);
    expect(partsTable(na, 'it')).toBeUndefined();
  });
});

describe('check figures, parts table and context', () => {
  it.each<[id: string, values: string[]]>([
    ['social.platforms.views@aslo20.social.views', ['14.078.517 visualizzazioni', '14.726.633 visualizzazioni', '+648.116 visualizzazioni']],
    ['members.outside-groups.firms@aslo20.members.firms.group-total', ['6.131 imprese', '6.796 imprese', '+665 imprese']],
    ['web.users.growth@aslo20.web.users.growth.highlight', ['175,5%', '175,15%', '+0,348 p.p.', '±0,05 p.p.']],
    ['members.cancelled.reasons@aslo20.members.cancelled.firms', ['440 imprese', '440 imprese', '0 imprese']],
  ])('%s → %j', (id, values) => {
    expect(checkFigures(byId(id), 'it').map((f) => f.value)).toEqual(values);
  });

  it('lists the parts with their raw values, then their sum and the total', () => {
    const table = partsTable(byId('press.channels@aslo20.press.items'), 'it');
    expect(table?.rows.map((r) => r.value)).toEqual([5102, 758, 5860, 5860]);
    expect(table?.columns[1]?.unit).toBe('press_items');
  });

  it('tells apart the same check on two territories', () => {
    const label = (t: string) => t;
    expect(checkContext(byId('tourism.edt.offers@cciaa19.edt.offers.lombardia'), 'it', label)).toBe('Nuove offerte turistiche caricate su EDT · lombardia · 2019');
    expect(checkContext(byId('tourism.edt.offers@cciaa19.edt.offers.cciaa'), 'it', label)).toContain('cciaa-area');
  });

  it('lists the disagreeing indicators by name', () => {
    const lines = disagreementLines(byId('indicators.status@cciaa-performance-2019.2019'), 'it');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.name).toMatch(/customer/);
  });
});
