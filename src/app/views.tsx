import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { PanelDef } from '../components/ui/panel';
import type { ViewId } from '../lib/views';
import { VIEW_CHUNKS } from './view-chunks';

export const VIEWS = Object.fromEntries(Object.entries(VIEW_CHUNKS).map(([view, load]) => [view, lazy(load)])) as Record<ViewId, LazyExoticComponent<ComponentType>>;

/** Each view's panels, loaded on demand (presentation mode only needs the deck's views). */
export const PANEL_LOADERS: Record<ViewId, () => Promise<readonly PanelDef[]>> = {
  overview: () => import('../features/overview/panels').then((m) => m.overviewPanels),
  members: () => import('../features/members/panels').then((m) => m.membersPanels),
  communication: () => import('../features/social/panels').then((m) => m.socialPanels),
  scorecard: () => import('../features/scorecard/panels').then((m) => m.scorecardPanels),
  labour: () => import('../features/labour/panels').then((m) => m.labourPanels),
  covid: () => import('../features/covid/panels').then((m) => m.covidPanels),
  sources: () => import('../features/sources/panels').then((m) => m.sourcesPanels),
  // The Dati page is a tool (a file to check), not figures to present.
  data: async () => [],
};
