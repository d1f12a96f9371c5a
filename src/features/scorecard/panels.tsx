import type { PanelDef } from '../../components/ui/panel';
import { IndicatorsPanel } from './components/indicators-panel';
import { MissedPanel } from './components/missed-panel';
import { StaffPanel } from './components/staff-panel';
import { SummaryPanel } from './components/summary-panel';
import { scorecardModel } from './hooks/use-scorecard';
import { scorecardMessages } from './messages';
import { missedNotes, outcomesNotes } from './utils/notes';

/** Missed indicators a slide lists: each takes up to three lines, so five fill a slide. */
export const MISSED_PER_SLIDE = 5;

const { withModel } = scorecardModel;
const Missed = withModel(MissedPanel);

const missedTitle = { it: scorecardMessages.it.missedTitle, en: scorecardMessages.en.missedTitle };

/**
 * The scorecard's panels in order; each gets the view's model, from the view or (on a slide) on its own. In a
 * deck the missed indicators come in pages, then the outcomes per area say what the full indicator
 * list would (it is a page of its own, many screens long).
 */
export const scorecardPanels: PanelDef[] = [
  // What was missed, and by how much, answers first (on the page and in the deck).
  {
    id: 'missed',
    title: missedTitle,
    Component: Missed,
    slides: ({ datasets, filters }) => {
      const missed = scorecardModel.select(datasets, filters, 'it').indicators.filter((i) => i.status === 'not_achieved').length;
      const pages = Math.max(1, Math.ceil(missed / MISSED_PER_SLIDE));
      return Array.from({ length: pages }, (_, p) => {
        const page = { from: p * MISSED_PER_SLIDE, to: (p + 1) * MISSED_PER_SLIDE };
        return { id: `missed-${p + 1}`, title: missedTitle, Component: () => <Missed page={page} />, notes: missedNotes(page) };
      });
    },
  },
  { id: 'summary', title: { it: 'Esiti degli indicatori', en: 'Indicator outcomes' }, Component: withModel(SummaryPanel), notes: outcomesNotes },
  { id: 'indicators', title: { it: 'Indicatori per area e obiettivo', en: 'Indicators by area and objective' }, Component: withModel(IndicatorsPanel), slides: () => [] },
  { id: 'staff', title: { it: 'Personale', en: 'Staff' }, Component: withModel(StaffPanel) },
];
