import { defineMessages } from '../../lib/i18n';

type S = string;

/** Words of the members' year-on-year views (the totals over the years, the groups compared across years). */
export const membersYearMessages = defineMessages({
  it: {
    totalsSlide: 'Totali, anno per anno',
    series: 'Serie del grafico',
    compare: 'Confronto',
    modes: { year: 'Un anno', years: 'Anno per anno' },
    totalsTitle: (label: S, first: S, firstYear: S, last: S, lastYear: S, change: S) => `${label}: ${first} nel ${firstYear}, ${last} nel ${lastYear} (${change})`,
    totalsSummary: (label: S, values: S) => `${label} anno per anno: ${values}; ogni anno è preso dalla relazione di quell’anno.`,
    groupsTitle: (metric: S, from: S, to: S, top: S, value: S) => `${metric} per gruppo, ${from}–${to}: nel ${to} il primo è ${top} con ${value}`,
    groupsSummary: (years: S) => `Per ogni gruppo una barra per anno (${years}), con il valore accanto; ogni anno è preso dalla relazione di quell’anno. La barra calcolata resta in fondo.`,
    col: { series: 'Serie', group: 'Gruppo', change: 'Ultimo anno sul precedente' },
  },
  en: {
    totalsSlide: 'Totals, year by year',
    series: 'Chart series',
    compare: 'Compare',
    modes: { year: 'One year', years: 'Year on year' },
    totalsTitle: (label: S, first: S, firstYear: S, last: S, lastYear: S, change: S) => `${label}: ${first} in ${firstYear}, ${last} in ${lastYear} (${change})`,
    totalsSummary: (label: S, values: S) => `${label} year by year: ${values}; each year is taken from that year’s report.`,
    groupsTitle: (metric: S, from: S, to: S, top: S, value: S) => `${metric} by group, ${from}–${to}: in ${to} the first is ${top} with ${value}`,
    groupsSummary: (years: S) => `For each group one bar per year (${years}), with its value beside it; each year is taken from that year’s report. The computed bar stays last.`,
    col: { series: 'Series', group: 'Group', change: 'Latest year on the one before' },
  },
});
