import type { Unit } from '../data/schema';
import type { Locale } from './locale';

type Noun = readonly [singular: string, plural: string];

/** Unit nouns per language; empty for units written as symbols (%, €) or bare counts. */
const NOUNS: Record<Locale, Record<Unit, Noun>> = {
  it: {
    count: ['', ''], firms: ['impresa', 'imprese'], indicators: ['indicatore', 'indicatori'], employees: ['dipendente', 'dipendenti'], people: ['persona', 'persone'],
    workers: ['lavoratore', 'lavoratori'], members: ['associato', 'associati'], views: ['visualizzazione', 'visualizzazioni'],
    interactions: ['interazione', 'interazioni'], followers: ['follower', 'follower'], users: ['utente', 'utenti'],
    page_views: ['pagina vista', 'pagine viste'], subscriptions: ['abbonamento', 'abbonamenti'], press_items: ['uscita', 'uscite'],
    consultations: ['consulenza', 'consulenze'], disputes: ['vertenza', 'vertenze'], webinars: ['webinar', 'webinar'],
    events: ['evento', 'eventi'], episodes: ['puntata', 'puntate'], sources: ['fonte', 'fonti'], museums: ['museo', 'musei'],
    spectators: ['spettatore', 'spettatori'], participants: ['partecipante', 'partecipanti'], posts: ['posto', 'posti'],
    offers: ['offerta', 'offerte'], meetings: ['incontro', 'incontri'], visitors_per_day: ['visitatore al giorno', 'visitatori al giorno'],
    jobs: ['posto di lavoro', 'posti di lavoro'], contracts: ['contratto', 'contratti'], municipalities: ['comune', 'comuni'],
    companies_assessed: ['impresa valutata', 'imprese valutate'], minutes: ['minuto', 'minuti'], hours: ['ora', 'ore'],
    days: ['giorno', 'giorni'], months: ['mese', 'mesi'], years: ['anno', 'anni'], eur: ['', ''], percent: ['', ''],
    percentage_points: ['', ''],
  },
  en: {
    count: ['', ''], firms: ['firm', 'firms'], indicators: ['indicator', 'indicators'], employees: ['employee', 'employees'], people: ['person', 'people'],
    workers: ['worker', 'workers'], members: ['member', 'members'], views: ['view', 'views'],
    interactions: ['interaction', 'interactions'], followers: ['follower', 'followers'], users: ['user', 'users'],
    page_views: ['page view', 'page views'], subscriptions: ['subscription', 'subscriptions'], press_items: ['press item', 'press items'],
    consultations: ['consultation', 'consultations'], disputes: ['dispute', 'disputes'], webinars: ['webinar', 'webinars'],
    events: ['event', 'events'], episodes: ['episode', 'episodes'], sources: ['source', 'sources'], museums: ['museum', 'museums'],
    spectators: ['viewer', 'viewers'], participants: ['participant', 'participants'], posts: ['post', 'posts'],
    offers: ['offer', 'offers'], meetings: ['meeting', 'meetings'], visitors_per_day: ['visitor a day', 'visitors a day'],
    jobs: ['job', 'jobs'], contracts: ['contract', 'contracts'], municipalities: ['municipality', 'municipalities'],
    companies_assessed: ['firm assessed', 'firms assessed'], minutes: ['minute', 'minutes'], hours: ['hour', 'hours'],
    days: ['day', 'days'], months: ['month', 'months'], years: ['year', 'years'], eur: ['', ''], percent: ['', ''],
    percentage_points: ['', ''],
  },
};

export function unitNoun(unit: Unit, locale: Locale, value = 2): string {
  const [one, many] = NOUNS[locale][unit];
  return Math.abs(value) === 1 ? one : many;
}
