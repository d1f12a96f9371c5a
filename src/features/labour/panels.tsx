import type { PanelDef } from '../../components/ui/panel';
import { GenerationsPanel } from './components/generations-panel';
import { InitiativePanel } from './components/initiative-panel';
import { PoliciesPanel } from './components/policies-panel';
import { ProgrammePanel } from './components/programme-panel';
import { SwotPanel } from './components/swot-panel';
import { ChangePanel, RatesPanel } from './components/tile-panels';
import { labourModel } from './hooks/use-labour';
import { labourMessages } from './messages';
import { SWOT_KINDS } from './utils/lists';
import { labourTileNotes } from './utils/notes';

const { withModel } = labourModel;
const Programme = withModel(ProgrammePanel);
const Swot = withModel(SwotPanel);

const SWOT_SLIDES = [SWOT_KINDS.slice(0, 1), SWOT_KINDS.slice(1, 2), SWOT_KINDS.slice(2)];

const title = (key: keyof typeof labourMessages.it.panels) => ({ it: labourMessages.it.panels[key], en: labourMessages.en.panels[key] });

/** The labour view's panels in reading order; each gets the view's model, from the view or (on a slide) on its own. */
export const labourPanels: PanelDef[] = [
  { id: 'rates', title: title('rates'), Component: withModel(RatesPanel), notes: labourTileNotes('rates') },
  { id: 'change', title: title('change'), Component: withModel(ChangePanel), notes: labourTileNotes('change') },
  { id: 'generations', title: title('generations'), Component: withModel(GenerationsPanel) },
  {
    id: 'programme',
    title: title('programme'),
    Component: Programme,
    // Areas and principles together are more than a screen: one slide each.
    slides: () => (['areas', 'principles'] as const).map((part) => ({ id: `programme-${part}`, title: title('programme'), Component: () => <Programme part={part} /> })),
  },
  { id: 'policies', title: title('policies'), Component: withModel(PoliciesPanel) },
  {
    id: 'swot',
    title: title('swot'),
    Component: Swot,
    // The long lists (strengths, weaknesses) a slide each, then the short ones (opportunities, risks) together.
    slides: () => SWOT_SLIDES.map((kinds, i) => ({ id: `swot-${i + 1}`, title: title('swot'), Component: () => <Swot kinds={kinds} /> })),
  },
  { id: 'initiative', title: title('initiative'), Component: withModel(InitiativePanel) },
];
