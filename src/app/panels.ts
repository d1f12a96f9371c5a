import type { PanelDef } from '../components/ui/panel';
import type { ViewId } from '../store/views';

type Loader = () => Promise<readonly PanelDef[]>;

/** Each view's panels, loaded on demand (presentation mode only needs the deck's views). */
export const PANEL_LOADERS: Record<ViewId, Loader> = {
  overview: () => import('../features/overview/panels').then((m) => m.overviewPanels),
  members: () => import('../features/members/panels').then((m) => m.membersPanels),
  communication: async () => [],
  scorecard: async () => [],
  labour: async () => [],
  covid: async () => [],
  sources: () => import('../features/sources/panels').then((m) => m.sourcesPanels),
};
