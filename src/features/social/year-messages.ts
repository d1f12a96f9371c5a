import { defineMessages } from '../../lib/i18n';

type S = string;

/** Words of the communication view's year-on-year charts (website/newsletter figures over the years, platforms by year). */
export const socialYearMessages = defineMessages({
  it: {
    webSlide: 'Sito e newsletter, anno per anno',
    series: 'Serie del grafico',
    compare: 'Confronto',
    modes: { year: 'Un anno', years: 'Anno per anno' },
    webTitle: (label: S, first: S, firstYear: S, last: S, lastYear: S, change: S) => `${label}: ${first} nel ${firstYear}, ${last} nel ${lastYear} (${change})`,
    webSummary: (label: S, values: S) => `${label} anno per anno: ${values}; ogni anno è preso dalla relazione di quell’anno.`,
    platformsTitle: (org: S, metric: S, from: S, to: S, top: S, value: S) => `${org}, ${metric.toLowerCase()} per piattaforma, ${from}–${to}: nel ${to} prima ${top} con ${value}`,
    platformsSummary: (years: S) => `Per ogni piattaforma una barra per anno (${years}), con il valore accanto; n.d. dove la fonte non dà il dato. Ogni anno è preso dalla relazione di quell’anno.`,
    col: { series: 'Serie', change: 'Ultimo anno sul precedente' },
    rejected: (value: S, used: S) => `Il valore «${value}» nell’indirizzo non è disponibile qui: è mostrato «${used}».`,
  },
  en: {
    webSlide: 'Website and newsletters, year by year',
    series: 'Chart series',
    compare: 'Compare',
    modes: { year: 'One year', years: 'Year on year' },
    webTitle: (label: S, first: S, firstYear: S, last: S, lastYear: S, change: S) => `${label}: ${first} in ${firstYear}, ${last} in ${lastYear} (${change})`,
    webSummary: (label: S, values: S) => `${label} year by year: ${values}; each year is taken from that year’s report.`,
    platformsTitle: (org: S, metric: S, from: S, to: S, top: S, value: S) => `${org}, ${metric.toLowerCase()} by platform, ${from}–${to}: in ${to} ${top} leads with ${value}`,
    platformsSummary: (years: S) => `For each platform one bar per year (${years}), with its value beside it; n/a where the source gives none. Each year is taken from that year’s report.`,
    col: { series: 'Series', change: 'Latest year on the one before' },
    rejected: (value: S, used: S) => `The value “${value}” in the address is not available here: “${used}” is shown.`,
  },
});
