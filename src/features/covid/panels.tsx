import type { PanelDef } from '../../components/ui/panel';
import { DisputesPanel } from './components/disputes-panel';
import { OutreachPanel, ServicesPanel, TaskForcePanel } from './components/tile-panels';
import { covidMessages } from './messages';
import { covidTileNotes, disputesNotes } from './utils/notes';

const title = (key: keyof typeof covidMessages.it.panels) => ({ it: covidMessages.it.panels[key], en: covidMessages.en.panels[key] });

/** The Covid view's panels in reading order; each reads its own data, so each can stand alone on a slide. */
export const covidPanels: PanelDef[] = [
  { id: 'task-force', title: title('taskForce'), Component: TaskForcePanel, notes: covidTileNotes('taskForce') },
  { id: 'disputes', title: title('disputes'), Component: DisputesPanel, notes: disputesNotes },
  { id: 'outreach', title: title('outreach'), Component: OutreachPanel, notes: covidTileNotes('outreach') },
  { id: 'services', title: title('services'), Component: ServicesPanel, notes: covidTileNotes('services') },
];
