import './members.css';
import type { PanelDef } from '../../components/ui/panel';
import { ChainsPanel } from './components/chains-panel';
import { GroupsPanel } from './components/groups-panel';
import { MovementPanel } from './components/movement-panel';
import { SizePanel } from './components/size-panel';
import { TotalsPanel } from './components/totals-panel';
import { TotalsYearsSlide } from './components/totals-years';
import { membersModel } from './hooks/use-members';
import { membersYearMessages as y } from './year-messages';
import { membersMessages as m } from './messages';
import { totalsNotes } from './utils/notes';

const { withModel } = membersModel;
const Totals = withModel(TotalsPanel);
const TotalsYears = withModel(TotalsYearsSlide);

/** The members view's panels, in order; each gets the view's model, from the view or (on a slide) on its own. */
export const membersPanels: PanelDef[] = [
  {
    id: 'totals',
    title: { it: m.it.totals.panel, en: m.en.totals.panel },
    Component: Totals,
    // With several years, the chart by year follows the tiles on a slide of its own (both would not fit one).
    slides: ({ datasets, filters }) => {
      const tiles = { id: 'totals', title: { it: m.it.totals.panel, en: m.en.totals.panel }, Component: Totals, notes: totalsNotes };
      if (!membersModel.select(datasets, filters, 'it').totalsYears) return [tiles];
      return [tiles, { id: 'totals-years', title: { it: y.it.totalsSlide, en: y.en.totalsSlide }, Component: TotalsYears }];
    },
  },
  { id: 'movement', title: { it: m.it.movement.panel, en: m.en.movement.panel }, Component: withModel(MovementPanel) },
  { id: 'size-classes', title: { it: m.it.size.panel, en: m.en.size.panel }, Component: withModel(SizePanel) },
  { id: 'groups', title: { it: m.it.groups.panel, en: m.en.groups.panel }, Component: withModel(GroupsPanel) },
  { id: 'supply-chains', title: { it: m.it.chains.panel, en: m.en.chains.panel }, Component: withModel(ChainsPanel) },
];
