import { defineMessages } from '../../lib/i18n';

/** The words of the speaker notes built from the data (src/components/ui/slide-notes.ts). */
export const notesMessages = defineMessages({
  it: {
    figure: (label: string, value: string, year: string, org: string) => `${label}: ${value} (${year}, ${org})`,
    asOf: (date: string) => `al ${date}`,
    change: (change: string, year: string, before: string) => `${change} rispetto al ${year} (${before})`,
    noPrevious: 'nessun dato dell’anno prima',
    source: (title: string, publisher: string, section: string) => `${title} (${publisher}), sezione «${section}»`,
    warning: (title: string) => `Verifica di coerenza non superata: ${title}`,
    tilesFinding: (first: string, count: string) => `${first}; in tutto ${count} cifre sulla diapositiva.`,
    tilesFindingOne: (first: string) => `${first}.`,
    noFigures: 'Nessuna cifra con i filtri scelti.',
  },
  en: {
    figure: (label: string, value: string, year: string, org: string) => `${label}: ${value} (${year}, ${org})`,
    asOf: (date: string) => `as of ${date}`,
    change: (change: string, year: string, before: string) => `${change} against ${year} (${before})`,
    noPrevious: 'no figure for the year before',
    source: (title: string, publisher: string, section: string) => `${title} (${publisher}), section “${section}”`,
    warning: (title: string) => `Consistency check not passed: ${title}`,
    tilesFinding: (first: string, count: string) => `${first}; ${count} figures on the slide in all.`,
    tilesFindingOne: (first: string) => `${first}.`,
    noFigures: 'No figures under the chosen filters.',
  },
});
