import type { PanelDef } from '../../components/ui/panel';
import { IndicatorsPanel } from './components/indicators-panel';
import { MissedPanel } from './components/missed-panel';
import { StaffPanel } from './components/staff-panel';
import { SummaryPanel } from './components/summary-panel';

/** The scorecard's panels in order; each reads its own data and filters, so each can be a slide. */
export const scorecardPanels: PanelDef[] = [
  // What was missed, and by how much, answers first.
  { id: 'missed', title: { it: 'Cosa non è stato raggiunto', en: 'What was missed' }, Component: MissedPanel },
  { id: 'summary', title: { it: 'Esiti degli indicatori', en: 'Indicator outcomes' }, Component: SummaryPanel },
  { id: 'indicators', title: { it: 'Indicatori per area e obiettivo', en: 'Indicators by area and objective' }, Component: IndicatorsPanel },
  { id: 'staff', title: { it: 'Personale', en: 'Staff' }, Component: StaffPanel },
];
