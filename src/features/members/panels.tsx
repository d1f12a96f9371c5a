import './members.css';
import type { PanelDef } from '../../components/ui/panel';
import { ChainsPanel } from './components/chains-panel';
import { GroupsPanel } from './components/groups-panel';
import { MovementPanel } from './components/movement-panel';
import { SizePanel } from './components/size-panel';
import { TotalsPanel } from './components/totals-panel';
import { TotalsYearsSlide } from './components/totals-years';
import { flattenFacts } from '../../data/facts';
import { buildTotalsYears } from './utils/year-on-year';
import { membersYearMessages as y } from './year-messages';
import { membersMessages as m } from './messages';
import { totalsNotes } from './utils/notes';

/** The members view's panels, in order; each reads its own data, so it stands alone on a slide. */
export const membersPanels: PanelDef[] = [
  {
    id: 'totals',
    title: { it: m.it.totals.panel, en: m.en.totals.panel },
    Component: TotalsPanel,
    // With several years, the chart by year follows the tiles on a slide of its own (both would not fit one).
    slides: ({ datasets, filters }) => {
      const tiles = { id: 'totals', title: { it: m.it.totals.panel, en: m.en.totals.panel }, Component: TotalsPanel, notes: totalsNotes };
      if (!buildTotalsYears(flattenFacts(datasets), filters, 'it')) return [tiles];
      return [tiles, { id: 'totals-years', title: { it: y.it.totalsSlide, en: y.en.totalsSlide }, Component: TotalsYearsSlide }];
    },
  },
  { id: 'movement', title: { it: m.it.movement.panel, en: m.en.movement.panel }, Component: MovementPanel },
  { id: 'size-classes', title: { it: m.it.size.panel, en: m.en.size.panel }, Component: SizePanel },
  { id: 'groups', title: { it: m.it.groups.panel, en: m.en.groups.panel }, Component: GroupsPanel },
  { id: 'supply-chains', title: { it: m.it.chains.panel, en: m.en.chains.panel }, Component: ChainsPanel },
];
