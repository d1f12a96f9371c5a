import { shellMessages } from '../../app/messages';
import type { PanelDef, SlideDef } from '../../components/ui/panel';
import { flattenFacts } from '../../data/facts';
import { AreaSlide } from './components/area-slide';
import { OverviewSummary } from './components/overview-summary';
import { buildOverviewModel } from './hooks/use-overview';
import { overviewMessages } from './messages';
import { packAreaSlides } from './utils/area-slides';
import { areaNotes, summaryNotes } from './utils/notes';

const summary: SlideDef = {
  id: 'sintesi',
  title: { it: overviewMessages.it.title, en: overviewMessages.en.title },
  Component: OverviewSummary,
  notes: summaryNotes,
};

const names = (areas: readonly string[], locale: 'it' | 'en') =>
  areas.map((a) => shellMessages[locale].areas[a as keyof typeof shellMessages.it.areas]).join(' · ');

/**
 * The overview is one panel: the one-screen summary. As slides: the summary (all a meeting or the
 * lobby screen needs), then in the view's own deck the figures area by area, thin areas sharing a slide.
 */
export const overviewPanels: PanelDef[] = [
  {
    ...summary,
    slides: ({ datasets, filters, kind }) => {
      if (kind !== 'view') return [summary];
      const model = buildOverviewModel(datasets, flattenFacts(datasets), filters, 'it');
      const areaSlides = packAreaSlides(model.rest).map((areas) => ({
        id: `aree-${areas.join('-')}`,
        title: { it: names(areas, 'it'), en: names(areas, 'en') },
        Component: () => <AreaSlide areas={areas} />,
        notes: areaNotes(areas),
      }));
      return [summary, ...areaSlides];
    },
  },
];
