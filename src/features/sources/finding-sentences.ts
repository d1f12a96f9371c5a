import type { TextCheckKind } from '../../data/checks/text-types';
import type { FindingParams } from './finding-messages';

/** What each kind of finding says, in our own words: where the source says it, and what is odd about it. */
export interface KindText {
  stated: (p: FindingParams) => string;
  odd: (p: FindingParams) => string;
  clean: string;
}

export const findingSentencesIt: Record<TextCheckKind, KindText> = {
  'repeated-code': {
    stated: (p) => `Il codice ${p.subject} è dato a ${p.oddN} indicatori diversi: ${p.oddList}.`,
    odd: () => 'Citato da solo, il codice non dice di quale indicatore si parli.',
    clean: 'Ogni codice indica un solo indicatore.',
  },
  'unstated-outcome': {
    stated: (p) => `Per l’indicatore ${p.subject} la tabella dà il target (${p.qList}) e ciò che è stato fatto, ma non la formula d’esito (raggiunto o non raggiunto) che accompagna tutti gli altri.`,
    odd: () => 'L’esito è lasciato al lettore: il cruscotto lo conta a parte e lo esclude dal tasso di raggiungimento.',
    clean: 'Ogni indicatore ha un esito dichiarato.',
  },
  'stated-year': {
    stated: (p) => `Il testo scrive ${p.q[0]}: l’anno indicato è il ${p.odd[0]}.`,
    odd: (p) => `La relazione rendiconta il ${p.reportYear}${p.agreeing ? `, come dicono altrove ${p.agreeing}` : ''}: il ${p.odd[0]} non torna.`,
    clean: 'Ogni anno indicato per le tabelle è quello della relazione.',
  },
  'frequency-mismatch': {
    stated: (p) => `Il nome di ${p.subject} conta report ${p.q[0]}; come risultato è dichiarato un report ${p.q[1]}.`,
    odd: (p) => `Un report ${p.odd[1]} non è un report ${p.odd[0]}: la cadenza rendicontata non è quella che l’indicatore misura.`,
    clean: 'Ogni risultato ha la cadenza che il suo indicatore misura.',
  },
  'repeated-item': {
    stated: (p) => `Tra le ${p.odd[0]} voci elencate come risultato dell’indicatore ${p.subject}, ${p.q[0]} compare ${p.odd[2]} volte (${p.lines}).`,
    odd: (p) => `Le voci distinte sono ${p.odd[1]}: o la stessa iniziativa è contata due volte, o due iniziative diverse hanno lo stesso nome.`,
    clean: 'Nessuna voce si ripete negli elenchi dei risultati.',
  },
  'named-not-reported': {
    stated: (p) => `Il nome dell’indicatore ${p.subject} elenca i canali ${p.qList}; il risultato dà le cifre di ${p.rest}.`,
    odd: (p) => `Di ${p.oddList} il risultato non dice nulla: non si sa se il dato rendicontato ${p.oddN === 1 ? 'lo comprenda' : 'li comprenda'}.`,
    clean: 'Ogni canale nominato da un indicatore compare nel suo risultato.',
  },
  'measured-after-year': {
    stated: (p) => `Il risultato dell’indicatore ${p.subject}, che rendiconta il ${p.odd[0]}, porta la data ${p.qList}.`,
    odd: (p) => `Il dato è stato rilevato dopo la fine del ${p.odd[0]}: può contenere mesi dell’anno seguente e non è un valore del solo ${p.odd[0]}.`,
    clean: 'Nessun risultato è misurato dopo la fine del suo anno.',
  },
  'ratio-called-growth': {
    stated: (p) => `L’algoritmo dell’indicatore ${p.subject} divide il valore dell’anno t per quello dell’anno t−1, cioè calcola un rapporto; nome e risultato lo chiamano ${p.q[0]}${p.odd[0] ? ` (${p.odd[0]})` : ''}.`,
    odd: (p) =>
      p.change
        ? `Come rapporto, ${p.odd[0]} vuol dire ${p.change} rispetto all’anno prima; come incremento, ${p.odd[0]} in più.${p.verdictsDiffer ? ` Con la prima lettura il target (${p.odd[1]}) è mancato, con la seconda è raggiunto.` : ''}`
        : 'Un rapporto del 100% vuol dire nessuna variazione: rapporto e incremento non si leggono allo stesso modo.',
    clean: 'Ogni indicatore chiamato incremento ha un algoritmo di variazione.',
  },
  'numbering-gap': {
    stated: (p) => `Gli indicatori dell’obiettivo ${p.subject} sono numerati ${p.qList}.`,
    odd: (p) => `${p.oddN === 1 ? 'Manca il' : 'Mancano i'} ${p.oddList}: ${p.oddN === 1 ? 'un indicatore tolto' : 'indicatori tolti'} senza rinumerare gli altri, o ${p.oddN === 1 ? 'omesso' : 'omessi'} dalla tabella.`,
    clean: 'Gli indicatori di ogni obiettivo sono numerati senza salti.',
  },
  'class-gap': {
    stated: (p) => `${p.subject}: limiti ${p.qList}.`,
    odd: (p) => `Nessuna classe comprende ${p.oddList}: un valore proprio su quei limiti non ha classe, e non è detto dove sia stato contato.`,
    clean: 'I limiti delle classi non lasciano fuori nessun valore.',
  },
};

export const findingSentencesEn: Record<TextCheckKind, KindText> = {
  'repeated-code': {
    stated: (p) => `Code ${p.subject} is given to ${p.oddN} different indicators: ${p.oddList}.`,
    odd: () => 'Quoted on its own, the code does not say which indicator is meant.',
    clean: 'Every code names one indicator only.',
  },
  'unstated-outcome': {
    stated: (p) => `For indicator ${p.subject} the table gives the target (${p.qList}) and what was done, but not the outcome phrase (achieved or not achieved) that comes with every other one.`,
    odd: () => 'The outcome is left to the reader: the dashboard counts it apart and leaves it out of the achievement rate.',
    clean: 'Every indicator has a stated outcome.',
  },
  'stated-year': {
    stated: (p) => `The text reads ${p.q[0]}: the year given is ${p.odd[0]}.`,
    odd: (p) => `The report covers ${p.reportYear}${p.agreeing ? `, as ${p.agreeing} say${p.agreeing.includes(' and ') ? '' : 's'} elsewhere` : ''}: ${p.odd[0]} does not fit.`,
    clean: 'Every year given for the tables is the report’s own.',
  },
  'frequency-mismatch': {
    stated: (p) => `The name of ${p.subject} counts ${p.odd[0]} reports (${p.q[0]}); the result states one ${p.odd[1]} report (${p.q[1]}).`,
    odd: (p) => `${p.odd[1]!.charAt(0).toUpperCase()}${p.odd[1]!.slice(1)} is not ${p.odd[0]}: the frequency reported is not the one the indicator measures.`,
    clean: 'Every result has the frequency its indicator measures.',
  },
  'repeated-item': {
    stated: (p) => `Among the ${p.odd[0]} entries listed as the result of indicator ${p.subject}, ${p.q[0]} appears ${p.odd[2]} times (${p.lines}).`,
    odd: (p) => `There are ${p.odd[1]} distinct entries: either one initiative is counted twice, or two different initiatives share one name.`,
    clean: 'No entry repeats in the lists of results.',
  },
  'named-not-reported': {
    stated: (p) => `The name of indicator ${p.subject} lists the channels ${p.qList}; the result gives figures for ${p.rest}.`,
    odd: (p) => `The result says nothing of ${p.oddList}: it is unclear whether the reported figure includes ${p.oddN === 1 ? 'it' : 'them'}.`,
    clean: 'Every channel an indicator names appears in its result.',
  },
  'measured-after-year': {
    stated: (p) => `The result of indicator ${p.subject}, reported for ${p.odd[0]}, carries the date ${p.qList}.`,
    odd: (p) => `The figure was taken after ${p.odd[0]} ended: it may include months of the following year and is not a ${p.odd[0]}-only value.`,
    clean: 'No result is measured after its year ended.',
  },
  'ratio-called-growth': {
    stated: (p) => `The formula of indicator ${p.subject} divides the value of year t by that of year t−1, a ratio; its name and result call it ${p.q[0]}${p.odd[0] ? ` (${p.odd[0]})` : ''}.`,
    odd: (p) =>
      p.change
        ? `As a ratio, ${p.odd[0]} means ${p.change} on the year before; as an increase, ${p.odd[0]} more.${p.verdictsDiffer ? ` Read the first way the target (${p.odd[1]}) is missed, read the second way it is met.` : ''}`
        : 'A ratio of 100% means no change: a ratio and an increase are not read the same way.',
    clean: 'Every indicator called an increase has a formula of change.',
  },
  'numbering-gap': {
    stated: (p) => `The indicators of objective ${p.subject} are numbered ${p.qList}.`,
    odd: (p) => `${p.oddList} ${p.oddN === 1 ? 'is' : 'are'} missing: dropped without renumbering the rest, or left out of the table.`,
    clean: 'The indicators of every objective are numbered without gaps.',
  },
  'class-gap': {
    stated: (p) => `${p.subject}: bounds ${p.qList}.`,
    odd: (p) => `No class includes ${p.oddList}: a value right on those bounds has no class, and the source does not say where it was counted.`,
    clean: 'The class bounds leave no value out.',
  },
};
