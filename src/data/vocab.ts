/**
 * The data's vocabularies as plain constants. They live apart from the zod schemas so the code
 * that only needs a list (URL parsing, filter options) does not pull the validator into the
 * first screen; the schemas build their enums from these same lists.
 */

export const AREAS = [
  'members', // association members, groups, size classes, supply chains
  'covid', // Covid-19 task force, webinars, Control Center
  'services', // Assolombarda Servizi
  'communication', // website, newsletter, web magazine, press
  'social', // social totals, platforms, campaigns, followers
  'projects', // projects and events with their reach
  'performance', // chamber of commerce performance report (indicators, narrative figures)
  'staff', // chamber of commerce staff
  'labour', // labour market
  'policy', // programmes, initiatives, policies and their budgets
] as const;

export const TERRITORIES = [
  'milano',
  'monza-brianza',
  'lodi',
  'pavia',
  'lombardia',
  'italia',
  'ue',
  'assolombarda-area', // Milano, Monza Brianza, Lodi, Pavia (the association's whole area)
  'cciaa-area', // Milano, Monza Brianza, Lodi (the chamber of commerce's whole area)
] as const;

export const UNITS = [
  'count', 'firms', 'employees', 'people', 'workers', 'members',
  'views', 'interactions', 'followers', 'users', 'page_views', 'subscriptions',
  'press_items', 'consultations', 'disputes', 'webinars', 'events', 'episodes',
  'sources', 'museums', 'spectators', 'participants', 'posts', 'offers', 'meetings',
  'visitors_per_day', 'jobs', 'contracts', 'municipalities', 'companies_assessed',
  'minutes', 'hours', 'days', 'months', 'years', 'eur', 'percent', 'percentage_points', 'indicators',
] as const;

export const INDICATOR_TAGS = ['PIRA', 'PPCT', 'Kronos', 'Pareto'] as const;

export const INDICATOR_STATUSES = ['achieved', 'not_achieved', 'not_stated'] as const;
