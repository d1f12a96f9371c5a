import type { PanelDef } from '../../components/ui/panel';
import { GenerationsPanel } from './components/generations-panel';
import { InitiativePanel } from './components/initiative-panel';
import { PoliciesPanel } from './components/policies-panel';
import { ProgrammePanel } from './components/programme-panel';
import { SwotPanel } from './components/swot-panel';
import { ChangePanel, RatesPanel } from './components/tile-panels';
import { labourMessages } from './messages';

const title = (key: keyof typeof labourMessages.it.panels) => ({ it: labourMessages.it.panels[key], en: labourMessages.en.panels[key] });

/** The labour view's panels in reading order; each reads its own data, so each can stand alone on a slide. */
export const labourPanels: PanelDef[] = [
  { id: 'rates', title: title('rates'), Component: RatesPanel },
  { id: 'change', title: title('change'), Component: ChangePanel },
  { id: 'generations', title: title('generations'), Component: GenerationsPanel },
  { id: 'programme', title: title('programme'), Component: ProgrammePanel },
  { id: 'policies', title: title('policies'), Component: PoliciesPanel },
  { id: 'swot', title: title('swot'), Component: SwotPanel },
  { id: 'initiative', title: title('initiative'), Component: InitiativePanel },
];
