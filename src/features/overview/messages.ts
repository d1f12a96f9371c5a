import { defineMessages } from '../../lib/i18n';

export const overviewMessages = defineMessages({
  it: {
    title: 'Panoramica',
    lead: 'Le cifre principali per anno e area, ciascuna con il suo anno di riferimento e la sua fonte.',
    count: (n: string) => `${n} cifre mostrate`,
    leadTitle: 'In primo piano',
    rest: 'Le altre cifre',
    sources: 'Fonti',
    outcome: {
      label: 'Indicatori di performance raggiunti',
      section: 'Indicatori del Piano e del PIRA',
      note: (total: string, missed: string, unstated: string) => `su ${total} · ${missed} non raggiunti${unstated !== '0' ? ` · ${unstated} senza esito` : ''}`,
    },
  },
  en: {
    title: 'Overview',
    lead: 'The headline figures by year and area, each with its reference year and source.',
    count: (n: string) => `${n} figures shown`,
    leadTitle: 'Headlines',
    rest: 'The other figures',
    sources: 'Sources',
    outcome: {
      label: 'Performance indicators achieved',
      section: 'Plan and PIRA indicators',
      note: (total: string, missed: string, unstated: string) => `of ${total} · ${missed} missed${unstated !== '0' ? ` · ${unstated} without outcome` : ''}`,
    },
  },
});
