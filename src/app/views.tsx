import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ViewId } from '../store/views';

/** Each view is its own chunk, so the first screen loads only what it shows. */
export const VIEWS: Record<ViewId, LazyExoticComponent<ComponentType>> = {
  overview: lazy(() => import('../features/overview/components/overview-view')),
  members: lazy(() => import('../features/members/components/members-view')),
  communication: lazy(() => import('../features/social/components/communication-view')),
  scorecard: lazy(() => import('../features/scorecard/components/scorecard-view')),
  labour: lazy(() => import('../features/labour/components/labour-view')),
  covid: lazy(() => import('../features/covid/components/covid-view')),
  sources: lazy(() => import('../features/sources/components/sources-view')),
};
