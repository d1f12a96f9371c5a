import type { PanelDef } from '../../components/ui/panel';
import { DisputesPanel } from './components/disputes-panel';
import { OutreachPanel, ServicesPanel, TaskForcePanel } from './components/tile-panels';
import { covidModel } from './hooks/use-covid';
import { covidMessages } from './messages';
import { covidTileNotes, disputesNotes } from './utils/notes';

const title = (key: keyof typeof covidMessages.it.panels) => ({ it: covidMessages.it.panels[key], en: covidMessages.en.panels[key] });

const { withModel } = covidModel;

/** The Covid view's panels in reading order; each gets the view's model, from the view or (on a slide) on its own. */
export const covidPanels: PanelDef[] = [
  { id: 'task-force', title: title('taskForce'), Component: withModel(TaskForcePanel), notes: covidTileNotes('taskForce') },
  { id: 'disputes', title: title('disputes'), Component: withModel(DisputesPanel), notes: disputesNotes },
  { id: 'outreach', title: title('outreach'), Component: withModel(OutreachPanel), notes: covidTileNotes('outreach') },
  { id: 'services', title: title('services'), Component: withModel(ServicesPanel), notes: covidTileNotes('services') },
];
