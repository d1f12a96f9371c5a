import type { ComponentType } from 'react';
import type { ViewId } from '../lib/views';

/** Each view's code is its own chunk, so a page loads only the view it shows. */
export const VIEW_CHUNKS: Record<ViewId, () => Promise<{ default: ComponentType }>> = {
  overview: () => import('../features/overview/components/overview-view'),
  members: () => import('../features/members/components/members-view'),
  communication: () => import('../features/social/components/communication-view'),
  scorecard: () => import('../features/scorecard/components/scorecard-view'),
  labour: () => import('../features/labour/components/labour-view'),
  covid: () => import('../features/covid/components/covid-view'),
  sources: () => import('../features/sources/components/sources-view'),
  data: () => import('../features/data-preview/components/data-view'),
};
