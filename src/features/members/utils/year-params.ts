import type { TotalMetric } from './year-on-year';

/** The members' totals as the URL names them (`serie=`, see lib/year-choices): Italian and stable whatever the interface language. */
export const TOTAL_SLUGS: Record<TotalMetric, string> = {
  'members.firms': 'imprese',
  'members.employees': 'dipendenti',
  'members.new.firms': 'nuove',
  'members.cancelled.firms': 'cancellate',
};
