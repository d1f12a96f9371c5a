import type { TileSpec } from '../../../data/kpi';
import type { ViewId } from '../../../lib/views';

/** The headline figures of the overview, declared (never typed in): which series, and the view that explains it. */
export interface Headline extends TileSpec {
  view: ViewId;
  /** One of the few figures that open the overview, above the grid. */
  lead?: boolean;
}

export const HEADLINES: readonly Headline[] = [
  { metric: 'members.firms', view: 'members', lead: true },
  { metric: 'members.employees', view: 'members' },
  { metric: 'members.new.firms', view: 'members' },
  { metric: 'members.cancelled.firms', view: 'members' },
  { metric: 'covid.consultations', view: 'covid' },
  { metric: 'covid.disputes.individual', view: 'covid' },
  { metric: 'covid.disputes.collective', view: 'covid' },
  { metric: 'covid.webinars.participants', view: 'covid' },
  { metric: 'services.revenue', view: 'covid' },
  { metric: 'web.users', view: 'communication', lead: true },
  { metric: 'newsletter.subscriptions', view: 'communication' },
  { metric: 'press.items', view: 'communication' },
  { metric: 'social.views', view: 'communication' },
  { metric: 'social.followers', view: 'communication' },
  { metric: 'staff.filled', view: 'scorecard' },
  { metric: 'labour.employment_rate', view: 'labour', lead: true },
  { metric: 'labour.unemployment_rate', view: 'labour' },
  { metric: 'labour.female_employment_rate', view: 'labour' },
  { metric: 'labour.neet_share', dimensions: { ageBand: '15-24' }, view: 'labour' },
  { metric: 'policy.sviluppo_pmi.target_firms', view: 'labour' },
];
