import type { TextSpec } from './text-types';

const ASSOLOMBARDA = 'assolombarda';
const CCIAA = 'cciaa-mi-mb-lo';

/**
 * Checks of the sources' words, one per kind of oddity a line-by-line reading found. Like the
 * figure checks they name no indicator and quote no figure: each reads the dataset, so a new
 * year's report is read the same way.
 */
export const TEXT_CHECK_SPECS: readonly TextSpec[] = [
  {
    kind: 'repeated-code', id: 'indicators.repeated-codes', organization: CCIAA, area: 'performance', severity: 'ambiguity',
    title: { it: 'Codici di indicatore usati due volte', en: 'Indicator codes used twice' },
  },
  {
    kind: 'unstated-outcome', id: 'indicators.unstated-outcome', organization: CCIAA, area: 'performance', severity: 'ambiguity',
    title: { it: 'Indicatori senza esito dichiarato', en: 'Indicators without a stated outcome' },
  },
  {
    kind: 'stated-year', id: 'report.tables-year', organization: CCIAA, area: 'performance', severity: 'contradiction',
    title: { it: 'Anno delle tabelle diverso da quello della relazione', en: 'Tables dated to another year than the report' },
    excerptKind: 'tables-year',
  },
  {
    kind: 'frequency-mismatch', id: 'indicators.report-frequency', organization: CCIAA, area: 'performance', severity: 'contradiction',
    title: { it: 'Cadenza dei report: misurata e rendicontata', en: 'Report frequency: measured and reported' },
    periods: { monthly: 'mensil', quarterly: 'trimestral', 'half-yearly': 'semestral', annual: 'annual' },
  },
  {
    kind: 'repeated-item', id: 'indicators.repeated-result-item', organization: CCIAA, area: 'performance', severity: 'ambiguity',
    title: { it: 'Voce ripetuta nell’elenco di un risultato', en: 'An entry repeated in a result’s list' },
    excerptKind: 'result-item',
  },
  {
    kind: 'named-not-reported', id: 'indicators.channels-not-reported', organization: CCIAA, area: 'performance', severity: 'ambiguity',
    title: { it: 'Canali nominati dall’indicatore ma assenti dal risultato', en: 'Channels the indicator names but its result leaves out' },
    channels: ['Facebook', 'Twitter', 'Google Plus', 'LinkedIn', 'Instagram', 'YouTube'],
  },
  {
    kind: 'measured-after-year', id: 'indicators.measured-after-year', organization: CCIAA, area: 'performance', severity: 'contradiction',
    title: { it: 'Risultato misurato dopo la fine dell’anno', en: 'A result measured after the year ended' },
  },
  {
    kind: 'ratio-called-growth', id: 'indicators.ratio-called-growth', organization: CCIAA, area: 'performance', severity: 'contradiction',
    title: { it: 'Rapporto tra due anni chiamato incremento', en: 'A ratio of two years called an increase' },
    growthStem: 'increment',
  },
  {
    kind: 'numbering-gap', id: 'indicators.numbering', organization: CCIAA, area: 'performance', severity: 'numbering-gap',
    title: { it: 'Numerazione degli indicatori per obiettivo', en: 'Numbering of indicators by objective' },
    table: 'performance-plan',
  },
  {
    kind: 'class-gap', id: 'members.size-classes.bounds', organization: ASSOLOMBARDA, area: 'members', severity: 'ambiguity',
    title: { it: 'Limiti delle classi dimensionali', en: 'Bounds of the size classes' },
    metric: 'members.firms', dimension: 'sizeClass',
  },
];
