import { TEXT_CHECK_SPECS } from './text-specs';
import type { CheckSpec } from './types';

const ASSOLOMBARDA = 'assolombarda';
const CCIAA = 'cciaa-mi-mb-lo';
const COMUNE = 'comune-milano';

/**
 * The consistency checks, declared by metric and dimension only: no figure is written here, so a
 * new year's dataset of the same publisher is checked without code.
 */
export const CHECK_SPECS: readonly CheckSpec[] = [
  // Assolombarda — members
  {
    kind: 'parts-vs-total', id: 'members.size-classes.firms', organization: ASSOLOMBARDA, area: 'members',
    title: { it: 'Classi dimensionali e totale delle imprese associate', en: 'Size classes against total member firms' },
    metric: 'members.firms', partDimension: 'sizeClass',
  },
  {
    kind: 'parts-vs-total', id: 'members.size-classes.employees', organization: ASSOLOMBARDA, area: 'members',
    title: { it: 'Classi dimensionali e totale dei dipendenti', en: 'Size classes against total employees' },
    metric: 'members.employees', partDimension: 'sizeClass',
  },
  {
    kind: 'parts-vs-total', id: 'members.groups.firms', organization: ASSOLOMBARDA, area: 'members',
    title: { it: 'Gruppi A–L e riga del totale della tabella (imprese)', en: 'Groups A–L against the table’s total row (firms)' },
    metric: 'members.firms', partDimension: 'group', exclude: ['total'], totalDimensions: { group: 'total' },
  },
  {
    kind: 'parts-vs-total', id: 'members.groups.employees', organization: ASSOLOMBARDA, area: 'members',
    title: { it: 'Gruppi A–L e riga del totale della tabella (dipendenti)', en: 'Groups A–L against the table’s total row (employees)' },
    metric: 'members.employees', partDimension: 'group', exclude: ['total'], totalDimensions: { group: 'total' },
  },
  {
    kind: 'outside-groups', id: 'members.outside-groups.firms', organization: ASSOLOMBARDA, area: 'members',
    title: { it: 'Totale dei gruppi e totale delle imprese associate', en: 'Group table total against all member firms' },
    metric: 'members.firms', subset: { group: 'total' },
  },
  {
    kind: 'outside-groups', id: 'members.outside-groups.employees', organization: ASSOLOMBARDA, area: 'members',
    title: { it: 'Totale dei gruppi e totale dei dipendenti', en: 'Group table total against all employees' },
    metric: 'members.employees', subset: { group: 'total' },
  },
  {
    kind: 'parts-vs-total', id: 'members.cancelled.reasons', organization: ASSOLOMBARDA, area: 'members',
    title: { it: 'Cancellazioni per motivo e totale', en: 'Cancellations by reason against the total' },
    metric: 'members.cancelled.firms', partDimension: 'reason',
  },
  // Assolombarda — communication and social
  {
    kind: 'parts-vs-total', id: 'press.channels', organization: ASSOLOMBARDA, area: 'communication',
    title: { it: 'Uscite stampa per canale e totale', en: 'Press coverage by channel against the total' },
    metric: 'press.items', partDimension: 'channel',
  },
  {
    kind: 'stated-vs-computed-growth', id: 'web.users.growth', organization: ASSOLOMBARDA, area: 'communication',
    title: { it: 'Crescita degli utenti del sito: dichiarata e calcolata', en: 'Website user growth: stated and computed' },
    metric: 'web.users', growthMetric: 'web.users.growth', statementDimension: 'statement',
  },
  {
    kind: 'parts-vs-total', id: 'social.platforms.views', organization: ASSOLOMBARDA, area: 'social',
    title: { it: 'Visualizzazioni per piattaforma e totale social', en: 'Views by platform against the social total' },
    metric: 'social.views', partDimension: 'platform',
  },
  {
    kind: 'parts-vs-total', id: 'social.platforms.interactions', organization: ASSOLOMBARDA, area: 'social',
    title: { it: 'Interazioni per piattaforma e totale social', en: 'Interactions by platform against the social total' },
    metric: 'social.interactions', partDimension: 'platform',
  },
  {
    kind: 'parts-vs-total', id: 'social.platforms.followers', organization: ASSOLOMBARDA, area: 'social',
    title: { it: 'Follower per piattaforma e totale social', en: 'Followers by platform against the social total' },
    metric: 'social.followers', partDimension: 'platform',
  },
  // Camera di commercio
  {
    kind: 'parts-vs-total', id: 'staff.posts', organization: CCIAA, area: 'staff',
    title: { it: 'Dotazione organica per categoria e totale', en: 'Staff posts by grade against the total' },
    metric: 'staff.posts', partDimension: 'category',
  },
  {
    kind: 'parts-vs-total', id: 'staff.filled', organization: CCIAA, area: 'staff',
    title: { it: 'Posti occupati per categoria e totale', en: 'Filled posts by grade against the total' },
    metric: 'staff.filled', partDimension: 'category',
  },
  {
    kind: 'parts-vs-total', id: 'tourism.edt.offers', organization: CCIAA, area: 'performance',
    title: { it: 'Offerte turistiche su EDT per tipo e totale', en: 'Tourism offers on EDT by type against the total' },
    metric: 'tourism.edt.offers', partDimension: 'offer_type',
  },
  {
    kind: 'parts-vs-total', id: 'credit.orientation.meetings', organization: CCIAA, area: 'performance',
    title: { it: 'Incontri individuali di orientamento per destinatario e totale', en: 'One-to-one orientation meetings by audience against the total' },
    metric: 'credit.orientation.individual_meetings', partDimension: 'segment',
  },
  {
    kind: 'parts-vs-total', id: 'youth.reciprocity.participants', organization: CCIAA, area: 'performance',
    title: { it: 'Partecipanti al progetto scuola-impresa per ruolo e totale', en: 'School–business project participants by role against the total' },
    metric: 'youth.reciprocity.participants', partDimension: 'role',
  },
  {
    kind: 'stated-vs-computed-growth', id: 'social.followers.growth', organization: CCIAA, area: 'social',
    title: { it: 'Crescita dei follower camerali: dichiarata e calcolata', en: 'Chamber follower growth: stated and computed' },
    metric: 'social.followers', growthMetric: 'social.followers.growth', statementDimension: 'statement',
  },
  {
    kind: 'target-vs-result', id: 'indicators.status', organization: CCIAA, area: 'performance',
    title: { it: 'Indicatori: stato dichiarato, target e risultato', en: 'Indicators: stated status, target and result' },
  },
  // Comune di Milano — labour
  {
    kind: 'parts-vs-total', id: 'labour.employed.change.age-bands', organization: COMUNE, area: 'labour',
    title: { it: 'Variazione degli occupati dal 2008: fasce d’età e totale', en: 'Change in employment since 2008: age bands against the total' },
    metric: 'labour.employed.change_since_2008', partDimension: 'ageBand',
  },
  // What the sources' words say: contradictions, ambiguities and gaps in numbering
  ...TEXT_CHECK_SPECS,
];
