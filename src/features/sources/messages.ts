import type { CheckOutcome } from '../../data/checks';
import type { Source } from '../../data/schema';
import { defineMessages } from '../../lib/i18n';

/** Pre-formatted pieces of a check's sentence (numbers already through lib/format). */
export interface PartsParams { count: string; sum: string; total: string; diff: string; totalLabel: string }
export interface GrowthParams { statement?: string; stated: string; computed: string; from: string; fromYear: string; to: string; toYear: string; diff: string; tolerance: string }
export interface TargetParams { compared: string; agreeing: string; disagreeing: string; notComparable: string; list: string }
export interface DisagreementParams { code: string; pira: boolean; target: string; result: string; status: string; numbersSay: string }

/** Counts already formatted, with the raw numbers for plurals. */
export interface CountWords { total: string; pass: string; warning: string; na: string; totalN: number; passN: number; warningN: number; naN: number }
const countsIt = (c: CountWords, sep: string) =>
  [`${c.pass} ${c.passN === 1 ? 'superato' : 'superati'}`, `${c.warning} ${c.warningN === 1 ? 'avviso' : 'avvisi'}`, `${c.na} non ${c.naN === 1 ? 'applicabile' : 'applicabili'}`].join(sep);
const countsEn = (c: CountWords, sep: string) =>
  [`${c.pass} passed`, `${c.warning} ${c.warningN === 1 ? 'warning' : 'warnings'}`, `${c.na} not applicable`].join(sep);

const partsIntroIt = (p: PartsParams) => (p.count === '1' ? 'L’unica voce' : `Le ${p.count} voci`);
const partsIntroEn = (p: PartsParams) => (p.count === '1' ? 'The only part' : `The ${p.count} parts`);
const growthIntroIt = (p: GrowthParams) =>
  `${p.statement ? `${p.statement}: ` : ''}la fonte dichiara ${p.stated}; da ${p.from} (${p.fromYear}) a ${p.to} (${p.toYear}) la crescita calcolata è ${p.computed}`;
const growthIntroEn = (p: GrowthParams) =>
  `${p.statement ? `${p.statement}: ` : ''}the source states ${p.stated}; from ${p.from} (${p.fromYear}) to ${p.to} (${p.toYear}) the computed growth is ${p.computed}`;

export const sourcesMessages = defineMessages({
  it: {
    title: 'Fonti e qualità dei dati',
    lead: 'Da quali documenti vengono le cifre del cruscotto e se tornano: parti contro totali, crescite dichiarate contro calcolate, stato degli indicatori contro i numeri.',
    outcome: { pass: 'Superato', warning: 'Avviso', 'not-applicable': 'Non applicabile' } satisfies Record<CheckOutcome, string>,
    summaryTitle: 'Riepilogo dei controlli di coerenza',
    summaryLine: (c: CountWords) =>
      `${c.total} ${c.totalN === 1 ? 'controllo' : 'controlli'}: ${countsIt(c, ', ')}.`,
    summaryNote: 'Un avviso non è un errore del cruscotto: segnala un punto in cui la fonte stessa non torna, e lo mostra invece di nasconderlo.',
    warningsTitle: 'Avvisi',
    sourcesTitle: 'Le fonti',
    checksTitle: 'Controlli di coerenza per fonte',
    printChecksOmitted: (shown: string, omitted: string) => `La stampa riporta i ${shown} controlli con avvertenze, di ciascuno al più due punti da chiarire; gli altri ${omitted} controlli, le righe citate e ogni dettaglio sono nella pagina Fonti.`,
    checksPending: 'Verifiche in corso…',
    missingGroup: 'Controlli su fonti non caricate',
    noChecks: 'Nessun controllo riguarda i filtri scelti.',
    noSources: 'Nessuna fonte ha dati per i filtri scelti.',
    kind: { 'annual-report': 'Relazione annuale', 'press-release': 'Comunicato stampa', 'performance-report': 'Relazione sulla performance', presentation: 'Presentazione' } satisfies Record<Source['kind'], string>,
    field: {
      publisher: 'Editore', kind: 'Tipo', year: 'Anno di riferimento', years: 'Anni con cifre', published: 'Pubblicato', file: 'File originale',
      facts: 'Cifre', indicators: 'Indicatori', lists: 'Elenchi', records: 'Schede', areas: 'Aree', checks: 'Controlli',
    },
    notStated: 'non indicato',
    ofTotal: (shown: string, total: string) => `${shown} di ${total}`,
    checkCounts: (c: CountWords) => (c.totalN === 0 ? 'nessun controllo su queste cifre' : countsIt(c, ' · ')),
    numbers: {
      sum: 'Somma delle voci', total: 'Totale dichiarato', difference: 'Differenza (totale − voci)', subset: 'Totale della tabella',
      outside: 'Fuori dalla tabella', stated: 'Crescita dichiarata', computed: 'Crescita calcolata', growthDiff: 'Differenza',
      tolerance: 'Tolleranza', compared: 'Indicatori confrontati', agreeing: 'Stato coerente', disagreeing: 'Stato non coerente',
      notComparable: 'Non confrontabili',
    },
    partsDetail: (n: string) => `Le voci (${n})`,
    part: 'Voce', value: 'Valore',
    disagreementsCaption: 'Indicatori il cui stato non concorda con i numeri',
    indicator: 'Indicatore', target: 'Target', result: 'Risultato', stated: 'Stato dichiarato', numbersSay: 'Secondo i numeri',
    status: { achieved: 'raggiunto', not_achieved: 'non raggiunto' },
    direction: { gte: '≥', lte: '≤', eq: '=' },
    pira: 'PIRA',
    attainment: (pct: string) => `${pct} del target`,
    sentence: {
      partsMatch: (p: PartsParams) => `${partsIntroIt(p)} sommano ${p.sum}, esattamente il totale dichiarato (${p.total}).`,
      partsBelow: (p: PartsParams) => `${partsIntroIt(p)} sommano ${p.sum}, il totale dichiarato è ${p.total}: una differenza di ${p.diff} non è attribuita a nessuna voce.`,
      partsAbove: (p: PartsParams) => `${partsIntroIt(p)} sommano ${p.sum}, più del totale dichiarato (${p.total}): le voci lo superano di ${p.diff}.`,
      signDown: 'Le voci indicano un calo, il totale una crescita.',
      signUp: 'Le voci indicano una crescita, il totale un calo.',
      noneOutside: (p: PartsParams) => `I gruppi contano insieme ${p.sum}, quanto il totale (${p.totalLabel}: ${p.total}).`,
      outside: (p: PartsParams) => `I gruppi contano insieme ${p.sum}, contro ${p.total} in totale (${p.totalLabel}): ${p.diff} non rientrano in nessun gruppo.`,
      subsetAbove: (p: PartsParams) => `I gruppi contano insieme ${p.sum}, più del totale (${p.totalLabel}: ${p.total}): la tabella lo supera di ${p.diff}.`,
      growthOk: (p: GrowthParams) => `${growthIntroIt(p)}: la differenza (${p.diff}) rientra nella tolleranza di arrotondamento (${p.tolerance}).`,
      growthOff: (p: GrowthParams) => `${growthIntroIt(p)}: la differenza (${p.diff}) supera la tolleranza di arrotondamento (${p.tolerance}).`,
      statusAgrees: (p: TargetParams) =>
        `Per tutti i ${p.compared} indicatori con target e risultato numerici (o percentuale di raggiungimento) lo stato dichiarato concorda con i numeri (${p.notComparable} non sono confrontabili: obiettivi sì/no, a scadenza o in unità diverse).`,
      statusDisagrees: (p: TargetParams) =>
        `Su ${p.compared} indicatori con target e risultato numerici (o percentuale di raggiungimento), ${p.agreeing} hanno uno stato coerente con i numeri e ${p.disagreeing} no: ${p.list}. Altri ${p.notComparable} non sono confrontabili (obiettivi sì/no, a scadenza o in unità diverse).`,
      disagreement: (d: DisagreementParams) =>
        `${d.pira ? 'PIRA ' : ''}${d.code}, target ${d.target}, risultato ${d.result}, dichiarato ${d.status} ma secondo i numeri ${d.numbersSay}`,
      datasetMissing: 'Non verificabile: i dati di questa fonte non sono stati caricati.',
      factsMissing: 'Non verificabile: la fonte caricata non contiene tutte le cifre necessarie.',
    },
  },
  en: {
    title: 'Sources and data quality',
    lead: 'Which documents the dashboard’s figures come from, and whether they add up: parts against totals, stated against computed growth, indicator status against the numbers.',
    outcome: { pass: 'Passed', warning: 'Warning', 'not-applicable': 'Not applicable' },
    summaryTitle: 'Consistency checks at a glance',
    summaryLine: (c: CountWords) =>
      `${c.total} ${c.totalN === 1 ? 'check' : 'checks'}: ${countsEn(c, ', ')}.`,
    summaryNote: 'A warning is not a dashboard error: it marks a place where the source itself does not add up, and shows it rather than hiding it.',
    warningsTitle: 'Warnings',
    sourcesTitle: 'The sources',
    checksTitle: 'Consistency checks by source',
    printChecksOmitted: (shown: string, omitted: string) => `The printout gives the ${shown} checks with warnings, at most two points of each; the other ${omitted} checks, the lines quoted and every detail are on the Sources page.`,
    checksPending: 'Checks in progress…',
    missingGroup: 'Checks on sources that did not load',
    noChecks: 'No check concerns the chosen filters.',
    noSources: 'No source has data for the chosen filters.',
    kind: { 'annual-report': 'Annual report', 'press-release': 'Press release', 'performance-report': 'Performance report', presentation: 'Presentation' },
    field: {
      publisher: 'Publisher', kind: 'Kind', year: 'Reference year', years: 'Years with figures', published: 'Published', file: 'Original file',
      facts: 'Figures', indicators: 'Indicators', lists: 'Lists', records: 'Records', areas: 'Areas', checks: 'Checks',
    },
    notStated: 'not stated',
    ofTotal: (shown: string, total: string) => `${shown} of ${total}`,
    checkCounts: (c: CountWords) => (c.totalN === 0 ? 'no check on these figures' : countsEn(c, ' · ')),
    numbers: {
      sum: 'Sum of the parts', total: 'Stated total', difference: 'Difference (total − parts)', subset: 'Table total',
      outside: 'Outside the table', stated: 'Stated growth', computed: 'Computed growth', growthDiff: 'Difference',
      tolerance: 'Tolerance', compared: 'Indicators compared', agreeing: 'Consistent status', disagreeing: 'Inconsistent status',
      notComparable: 'Not comparable',
    },
    partsDetail: (n: string) => `The parts (${n})`,
    part: 'Part', value: 'Value',
    disagreementsCaption: 'Indicators whose status disagrees with the numbers',
    indicator: 'Indicator', target: 'Target', result: 'Result', stated: 'Stated status', numbersSay: 'By the numbers',
    status: { achieved: 'achieved', not_achieved: 'not achieved' },
    direction: { gte: '≥', lte: '≤', eq: '=' },
    pira: 'PIRA',
    attainment: (pct: string) => `${pct} of the target`,
    sentence: {
      partsMatch: (p: PartsParams) => `${partsIntroEn(p)} add up to ${p.sum}, exactly the stated total (${p.total}).`,
      partsBelow: (p: PartsParams) => `${partsIntroEn(p)} add up to ${p.sum}, the stated total is ${p.total}: a difference of ${p.diff} is not attributed to any part.`,
      partsAbove: (p: PartsParams) => `${partsIntroEn(p)} add up to ${p.sum}, more than the stated total (${p.total}): they exceed it by ${p.diff}.`,
      signDown: 'The parts show a fall, the total a rise.',
      signUp: 'The parts show a rise, the total a fall.',
      noneOutside: (p: PartsParams) => `Together the groups count ${p.sum}, the same as the total (${p.totalLabel}: ${p.total}).`,
      outside: (p: PartsParams) => `Together the groups count ${p.sum}, against ${p.total} in all (${p.totalLabel}): ${p.diff} fall outside every group.`,
      subsetAbove: (p: PartsParams) => `Together the groups count ${p.sum}, more than the total (${p.totalLabel}: ${p.total}): the table exceeds it by ${p.diff}.`,
      growthOk: (p: GrowthParams) => `${growthIntroEn(p)}: the difference (${p.diff}) is within the rounding tolerance (${p.tolerance}).`,
      growthOff: (p: GrowthParams) => `${growthIntroEn(p)}: the difference (${p.diff}) exceeds the rounding tolerance (${p.tolerance}).`,
      statusAgrees: (p: TargetParams) =>
        `For all ${p.compared} indicators with a numeric target and result (or attainment percentage) the stated status agrees with the numbers (${p.notComparable} cannot be compared: yes/no or deadline targets, or different units).`,
      statusDisagrees: (p: TargetParams) =>
        `Of ${p.compared} indicators with a numeric target and result (or attainment percentage), ${p.agreeing} have a status consistent with the numbers and ${p.disagreeing} do not: ${p.list}. Another ${p.notComparable} cannot be compared (yes/no or deadline targets, or different units).`,
      disagreement: (d: DisagreementParams) =>
        `${d.pira ? 'PIRA ' : ''}${d.code}, target ${d.target}, result ${d.result}, stated ${d.status} but by the numbers ${d.numbersSay}`,
      datasetMissing: 'Cannot be checked: this source’s data did not load.',
      factsMissing: 'Cannot be checked: the loaded source lacks some of the figures needed.',
    },
  },
});
