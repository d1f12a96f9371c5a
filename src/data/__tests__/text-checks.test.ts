import { describe, expect, it } from 'vitest';
import { indicatorCheckAnchors, runChecks } from '../checks';
import { TEXT_CHECK_SPECS } from '../checks/text-specs';
import type { TextCheckResult } from '../checks/text-types';
import { datasetSchema, type Dataset, type DatasetInput } from '../schema';
import { loadDataset } from './dataset-fixtures';

const real = ['assolombarda-2020.json', 'sviluppo-pmi-2020.json', 'cciaa-performance-2019.json', 'lavoro-milano-2018.json'].map(loadDataset);
const results = runChecks(real, TEXT_CHECK_SPECS) as TextCheckResult[];
const result = (checkId: string) => results.find((r) => r.checkId === checkId)!;

// Lines, codes and words read from the Relazione sulla Performance 2019 (002_…) and the
// Relazione dell'attività 2020 of Assolombarda (000_…).
describe('the reading of the sources’ words, on the real documents', () => {
  it.each<[checkId: string, severity: string, subjects: string[], lines: number[][], quoted: string[][], odd: (string | number)[][]]>([
    ['indicators.repeated-codes', 'ambiguity', ['1.1.5', '6.1.1', '6.1.2'], [[525, 779], [2944, 3595], [2973, 3629]],
      [['1.1.5'], ['6.1.1'], ['6.1.2']], [['performance-plan', 'pira-not-in-plan'], ['performance-plan', 'pira-not-in-plan'], ['performance-plan', 'pira-not-in-plan']]],
    ['indicators.unstated-outcome', 'ambiguity', ['4.2.4'], [[2318]], [['Entro il 31/3']], [[]]],
    ['report.tables-year', 'contradiction', ['set di indicatori per il 2018', 'che hanno caratterizzato il 2018', 'Target 2018'], [[49], [55], [773]],
      [['set di indicatori per il 2018'], ['che hanno caratterizzato il 2018'], ['Target 2018']], [[2018, 2019], [2018, 2019], [2018, 2019]]],
    ['indicators.report-frequency', 'contradiction', ['PIRA 6.1.1'], [[3595]], [['trimestrali', 'annuale']], [['quarterly', 'annual']]],
    ['indicators.repeated-result-item', 'ambiguity', ['3.1.4'], [[1592, 1596]], [['Bando S.I. Soluzioni Innovative 2019']], [[4, 3, 2]]],
    ['indicators.channels-not-reported', 'ambiguity', ['6.4.1'], [[3394]], [['Facebook', 'Twitter', 'Google Plus', 'Linkedin']], [['Google Plus']]],
    ['indicators.measured-after-year', 'contradiction', ['5.1.5'], [[2683]], [['30.06.2020']], [[2019]]],
    ['indicators.ratio-called-growth', 'contradiction', ['3.2.2'], [[1707]], [['Incremento percentuale']], [[87, 20]]],
    ['indicators.numbering', 'numbering-gap', ['3.3'], [[1781, 1817, 1852]], [['3.3.1', '3.3.2', '3.3.4']], [['3.3.3']]],
    ['members.size-classes.bounds', 'ambiguity', ['sizeClass'], [[56, 58, 60]], [['<\u00a0100', '101–499', '>\u00a0500']], [['100', '500']]],
  ])('%s fires (%s): %j', (checkId, severity, subjects, lines, quoted, odd) => {
    const r = result(checkId);
    expect(r).toMatchObject({ outcome: 'warning', explanation: 'source-odd' });
    expect(r.numbers?.severity).toBe(severity);
    const f = r.numbers!.findings;
    expect([f.map((x) => x.subject), f.map((x) => x.lines), f.map((x) => x.quoted), f.map((x) => x.odd)]).toEqual([subjects, lines, quoted, odd]);
  });

  it('quotes the headings that give the report’s own year beside those that do not', () => {
    const r = result('report.tables-year');
    expect(r.numbers?.agreeing.map((a) => [a.subject, a.lines])).toEqual([['P.I.R.A. anno 2019', [771]], ['Target 2019', [3479]]]);
  });

  it('ties every excerpt to a line, and to an indicator that exists when it names one', () => {
    const cciaa = real.find((d) => d.id === 'cciaa-performance-2019')!;
    expect(cciaa.excerpts.filter((e) => !e.provenance.line)).toEqual([]);
    const ids = new Set(cciaa.indicators.map((i) => i.id));
    expect(cciaa.excerpts.flatMap((e) => (e.indicatorId && !ids.has(e.indicatorId) ? [e.id] : []))).toEqual([]);
  });

  it('names the document the lines belong to, and scopes each check to its report', () => {
    expect(result('indicators.numbering').numbers?.file).toBe('002_8e5dc39e98d30e2a.txt');
    expect(result('members.size-classes.bounds').numbers?.file).toBe('000_4912c0f15bd8763b.txt');
    expect(result('indicators.unstated-outcome').scope).toEqual({ year: 2019, area: 'performance', territory: 'lodi', organization: 'cciaa-mi-mb-lo' });
    expect(result('members.size-classes.bounds').scope).toMatchObject({ year: 2020, area: 'members', organization: 'assolombarda' });
  });

  it('links the indicators with a repeated code, or without an outcome, to their check', () => {
    const anchors = indicatorCheckAnchors(results);
    expect(anchors.get('cciaa19.pira.6.1.1')?.['repeated-code']).toBe('check-indicators-repeated-codes-cciaa-performance-2019');
    expect(anchors.get('cciaa19.plan.6.1.1')?.['repeated-code']).toBe('check-indicators-repeated-codes-cciaa-performance-2019');
    expect(anchors.get('cciaa19.plan.4.2.4')?.['unstated-outcome']).toBe('check-indicators-unstated-outcome-cciaa-performance-2019');
    expect(anchors.get('cciaa19.plan.1.1.1')).toBeUndefined();
  });
});

/** The real datasets with the least change that puts each oddity right (one per check). */
function corrected(): Dataset[] {
  const cciaa = real.find((d) => d.id === 'cciaa-performance-2019')!;
  const asso = real.find((d) => d.id === 'assolombarda-2020')!;
  const one = (id: string) => cciaa.indicators.find((i) => i.id === `cciaa19.${id}`)!;
  const fix = <T>(o: T, patch: Partial<T>): T => ({ ...o, ...patch });
  const stated = (id: string, text: string) => fix(one(id), { result: fix(one(id).result, { stated: text }) });
  const corrections = [
    fix(one('pira.1.1.5'), { code: '1.1.9' }), // codes told apart (and for 6.1.1, 6.1.2 below)
    fix(one('pira.6.1.1'), { code: '6.1.7', result: fix(one('pira.6.1.1').result, { stated: 'Realizzazione di 1 report trimestrale' }) }),
    fix(one('pira.6.1.2'), { code: '6.1.8' }),
    fix(one('plan.4.2.4'), { status: 'achieved' }), // an outcome stated
    stated('plan.5.1.5', 'N. di accessi: 15.697 (il dato si riferisce al 31.12.2019)'), // within the year
    fix(one('plan.3.2.2'), { formula: '(N. imprese anno t - n. imprese anno t-1) / n. imprese anno t-1' }), // a growth formula
    fix(one('plan.6.4.1'), { name: { it: 'Incremento dei followers Facebook Twitter e Linkedin', en: '-' } }), // the channels reported
    fix(one('plan.3.3.4'), { code: '3.3.3' }), // no gap
  ];
  const indicators = cciaa.indicators.map((i) => corrections.find((c) => c.id === i.id) ?? i);
  const excerpts = cciaa.excerpts.map((e) =>
    e.kind === 'tables-year' ? fix(e, { text: e.text.replace('2018', '2019') }) : e.id.endsWith('item-3') ? fix(e, { text: 'Bando S.I. Soluzioni Innovative 2020' }) : e,
  );
  const sizes = { small: 'Piccole (≤ 100 dip.)', medium: 'Medie (101–499 dip.)', large: 'Grandi (≥ 500 dip.)' } as const;
  const dims = Object.fromEntries(Object.entries(sizes).map(([k, it]) => [k, { it, en: it }]));
  const fixedAsso = datasetSchema.parse({ ...asso, dimensions: { ...asso.dimensions, sizeClass: dims } } satisfies DatasetInput);
  return [datasetSchema.parse({ ...cciaa, indicators, excerpts } satisfies DatasetInput), fixedAsso];
}

describe('the same reading on a minimal corrected dataset', () => {
  const fixed = corrected();
  const clean = runChecks(fixed, TEXT_CHECK_SPECS) as TextCheckResult[];

  it.each(TEXT_CHECK_SPECS.map((s) => s.id))('%s stays silent', (id) => {
    expect(clean.find((r) => r.checkId === id)).toMatchObject({ outcome: 'pass', explanation: 'source-clean', numbers: { findings: [] } });
  });

  it('says "not applicable" when the dataset lacks what a check reads', () => {
    const bare = fixed.map((d) => datasetSchema.parse({ ...d, indicators: [], excerpts: [], facts: [] } satisfies DatasetInput));
    expect(runChecks(bare, TEXT_CHECK_SPECS).map((r) => r.explanation)).toEqual(TEXT_CHECK_SPECS.map(() => 'facts-missing'));
  });
});
