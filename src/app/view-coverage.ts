import { coverage, type Covered, type ViewScope } from '../data/coverage';
import { matchesQuery } from '../data/facts';
import type { Dataset } from '../data/schema';
import { HEADLINES } from '../features/overview/utils/headlines';
import { isCommunicationFact } from '../features/social/utils/scope';
import type { ViewId } from '../lib/views';

/** What each view shows: the same declarations the views use (the overview counts the indicators achieved). */
const SCOPES: Record<ViewId, ViewScope> = {
  overview: { facts: (f) => HEADLINES.some((h) => matchesQuery(f, h)), indicators: true },
  members: { facts: (f) => f.area === 'members' },
  communication: { facts: isCommunicationFact },
  scorecard: { facts: (f) => f.area === 'staff', indicators: true },
  labour: { facts: (f) => f.area === 'labour' || f.area === 'policy', lists: ['labour', 'policy'] },
  covid: { facts: (f) => f.area === 'covid' || f.area === 'services', lists: ['covid', 'services'] },
  sources: { facts: () => true, indicators: true, lists: 'all' },
  data: { facts: () => true },
};

export const viewCoverage = (view: ViewId, datasets: readonly Dataset[]): Covered[] => coverage(SCOPES[view], datasets);
