import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../data/checks';
import { TEXT_CHECK_SPECS } from '../../../../data/checks/text-specs';
import type { TextCheckResult } from '../../../../data/checks/text-types';
import { LOCALES } from '../../../../lib/locale';
import { explainCheck } from '../explain-check';
import { checkFigures } from '../check-figures';
import { findingLines, joinList, linesText, severityLabel } from '../findings';
import { realDatasets } from './fixtures';

const readings = runChecks(realDatasets, TEXT_CHECK_SPECS) as TextCheckResult[];
const byCheck = (id: string) => readings.find((r) => r.checkId === id)!;

describe('the words of each finding', () => {
  it.each(LOCALES.flatMap((locale) => readings.map((r) => [locale, r.checkId] as const)))('%s: %s says where, what and why, with nothing left blank', (locale, id) => {
    const lines = findingLines(byCheck(id), locale);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      expect(l.lines).toMatch(locale === 'it' ? /^(riga|righe) \d/ : /^lines? \d/);
      for (const text of [l.stated, l.odd]) expect(text).not.toMatch(/undefined|NaN|\$\{|\(\)|«»|“”/);
    }
  });

  it.each<[id: string, locale: 'it' | 'en', stated: string, odd: string]>([
    ['indicators.numbering', 'it', 'Gli indicatori dell’obiettivo 3.3 sono numerati «3.3.1», «3.3.2» e «3.3.4».', 'Manca il 3.3.3: un indicatore tolto senza rinumerare gli altri, o omesso dalla tabella.'],
    ['indicators.numbering', 'en', 'The indicators of objective 3.3 are numbered “3.3.1”, “3.3.2”, and “3.3.4”.', '3.3.3 is missing: dropped without renumbering the rest, or left out of the table.'],
    ['members.size-classes.bounds', 'it', 'Classi dimensionali: limiti «<\u00a0100», «101–499» e «>\u00a0500».', 'Nessuna classe comprende 100 o 500: un valore proprio su quei limiti non ha classe, e non è detto dove sia stato contato.'],
    ['indicators.ratio-called-growth', 'en',
      'The formula of indicator 3.2.2 divides the value of year t by that of year t−1, a ratio; its name and result call it “Incremento percentuale” (87%).',
      'As a ratio, 87% means a fall of 13% on the year before; as an increase, 87% more. Read the first way the target (+20%) is missed, read the second way it is met.'],
  ])('%s (%s)', (id, locale, stated, odd) => {
    expect(findingLines(byCheck(id), locale)[0]).toMatchObject({ stated, odd });
  });

  it('quotes the twin table beside a heading dated to another year', () => {
    const [first] = findingLines(byCheck('report.tables-year'), 'it');
    expect(first?.odd).toBe('La relazione rendiconta il 2019, come dicono altrove «P.I.R.A. anno 2019» (riga 771) e «Target 2019» (riga 3479): il 2018 non torna.');
  });

  it('gives the document, the severity and a count of the points found', () => {
    const r = byCheck('indicators.repeated-codes');
    expect(checkFigures(r, 'it')).toEqual([{ key: 'document', label: 'Documento', value: '002_8e5dc39e98d30e2a.txt' }]);
    expect([severityLabel(r, 'it'), severityLabel(r, 'en')]).toEqual(['Ambiguità', 'Ambiguity']);
    expect(explainCheck(r, 'it')).toBe('Una seconda lettura del documento trova 3 punti da chiarire.');
    expect(explainCheck(byCheck('indicators.numbering'), 'en')).toBe('A second reading of the document finds one point to clear up.');
    expect(severityLabel(runChecks(realDatasets)[0]!, 'it')).toBeUndefined();
  });

  it('never groups line numbers', () => {
    expect([linesText([2944, 3595], 'it'), linesText([2683], 'en')]).toEqual(['righe 2944 e 3595', 'line 2683']);
  });
});

describe('joinList writes what Intl.ListFormat writes', () => {
  const words = ['uno', 'altro', '«Google Plus»', 'e', '3.3.4'];
  it.each(LOCALES.flatMap((locale) => (['conjunction', 'disjunction'] as const).flatMap((type) => [0, 1, 2, 3, 4, 5].map((n) => [locale, type, n] as const))))(
    '%s, %s, %i items',
    (locale, type, n) => {
      const items = words.slice(0, n);
      expect(joinList(items, locale, type)).toBe(new Intl.ListFormat(locale, { type }).format(items));
    },
  );
});
