import type { Severity } from '../../data/checks/text-types';
import { defineMessages } from '../../lib/i18n';
import { findingSentencesEn, findingSentencesIt } from './finding-sentences';

/**
 * The pieces of a finding's sentences, ready to print: quotes already in the language's marks,
 * numbers already through lib/format, lists already joined.
 */
export interface FindingParams {
  subject: string;
  /** The source's words, each quoted. */
  q: string[];
  /** The same, joined as a list. */
  qList: string;
  /** The odd values, formatted. */
  odd: string[];
  oddList: string;
  /** How many odd values (for plurals). */
  oddN: number;
  /** The channels the result does report (named minus missing), joined. */
  rest: string;
  lines: string;
  reportYear: string;
  /** Places in order, quoted with their lines ("«Target 2019» (riga 3479)"), joined; empty when none. */
  agreeing: string;
  /** ratio-called-growth: the change a ratio means ("un calo del 13%"), and whether the two readings meet the target differently. */
  change?: string;
  verdictsDiffer?: boolean;
}

export const findingMessages = defineMessages({
  it: {
    kinds: findingSentencesIt,
    severity: { contradiction: 'Contraddizione', ambiguity: 'Ambiguità', 'numbering-gap': 'Salto di numerazione' } satisfies Record<Severity, string>,
    field: { document: 'Documento', severity: 'Gravità', where: 'Dove', stated: 'Cosa dice', odd: 'Cosa non torna' },
    quote: (s: string) => `«${s}»`,
    lines: (list: string, n: number) => (n === 1 ? `riga ${list}` : `righe ${list}`),
    tables: { 'performance-plan': 'uno nel Piano della performance', 'pira-not-in-plan': 'uno nelle tabelle PIRA fuori Piano' } as Record<string, string>,
    periods: { monthly: 'mensile', quarterly: 'trimestrale', 'half-yearly': 'semestrale', annual: 'annuale' } as Record<string, string>,
    change: (pct: string, up: boolean) => (up ? `una crescita del ${pct}` : `un calo del ${pct}`),
    dimension: { sizeClass: 'Classi dimensionali' } as Record<string, string>,
    found: (n: string, count: number) => `Una seconda lettura del documento trova ${count === 1 ? 'un punto' : `${n} punti`} da chiarire.`,
    goToCheck: 'vai al controllo nella pagina Fonti',
  },
  en: {
    kinds: findingSentencesEn,
    severity: { contradiction: 'Contradiction', ambiguity: 'Ambiguity', 'numbering-gap': 'Gap in numbering' },
    field: { document: 'Document', severity: 'Severity', where: 'Where', stated: 'What it says', odd: 'What is odd' },
    quote: (s: string) => `“${s}”`,
    lines: (list: string, n: number) => (n === 1 ? `line ${list}` : `lines ${list}`),
    tables: { 'performance-plan': 'one in the performance plan', 'pira-not-in-plan': 'one in the PIRA tables outside the plan' },
    periods: { monthly: 'monthly', quarterly: 'quarterly', 'half-yearly': 'half-yearly', annual: 'annual' },
    change: (pct: string, up: boolean) => (up ? `a rise of ${pct}` : `a fall of ${pct}`),
    dimension: { sizeClass: 'Size classes' },
    found: (n: string, count: number) => `A second reading of the document finds ${count === 1 ? 'one point' : `${n} points`} to clear up.`,
    goToCheck: 'go to the check on the Sources page',
  },
});
