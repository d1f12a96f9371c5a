import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { PanelDef } from '../components/ui/panel';
import { coverage, type Covered, type ViewScope } from '../data/coverage';
import { matchesQuery } from '../data/facts';
import type { Dataset } from '../data/schema';
import { membersUrlParams } from '../features/members/url-params';
import { HEADLINES } from '../features/overview/utils/headlines';
import { presentationUrlParams } from '../features/presentation/utils/presentation-state';
import { scorecardUrlParams } from '../features/scorecard/url-params';
import { communicationUrlParams } from '../features/social/url-params';
import { isCommunicationFact } from '../features/social/view-scope';
import type { ViewId } from '../lib/views';
import { yearChoiceUrlParams } from '../lib/year-choice-params';
import { registerUrlParams } from '../store/url-state';
import { VIEW_CHUNKS } from './view-chunks';

/* Everything the app knows of its views: their code, their panels, their URL parameters, what each shows. */

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

/** Every feature's own URL parameters, made known to the store before the URL is first read (on import). */
registerUrlParams(scorecardUrlParams, membersUrlParams, communicationUrlParams, yearChoiceUrlParams, presentationUrlParams);

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
