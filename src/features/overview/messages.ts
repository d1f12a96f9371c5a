import { defineMessages } from '../../lib/i18n';

export const overviewMessages = defineMessages({
  it: {
    title: 'Panoramica',
    lead: 'Le cifre principali per anno e area, ciascuna con il suo anno di riferimento e la sua fonte.',
    count: (n: string) => `${n} cifre mostrate`,
  },
  en: {
    title: 'Overview',
    lead: 'The headline figures by year and area, each with its reference year and source.',
    count: (n: string) => `${n} figures shown`,
  },
});
