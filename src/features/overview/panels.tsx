import { lazy, Suspense } from 'react';
import { shellMessages } from '../../lib/shell-messages';
import { lazyNotes, type PanelDef, type SlideDef } from '../../components/ui/panel';
import { OverviewSummary } from './components/overview-summary';
import { overviewModel } from './hooks/use-overview';
import { overviewMessages } from './messages';
import { packAreaSlides } from './utils/area-slides';

/** The overview is the first screen: its notes' code (checks, sources) loads when a presenter opens them. */
const loadNotes = () => import('./utils/notes');

/** The area slides are for the view's own deck: their code loads as soon as a deck asks for its slides. */
const loadAreaSlide = () => import('./components/area-slide');
const AreaSlide = lazy(() => loadAreaSlide().then((m) => ({ default: m.AreaSlide })));

const Summary = overviewModel.withModel(OverviewSummary);
const Areas = overviewModel.withModel(AreaSlide);

const summary: SlideDef = {
  id: 'sintesi',
  title: { it: overviewMessages.it.title, en: overviewMessages.en.title },
  Component: Summary,
  notes: lazyNotes(loadNotes, (m) => m.summaryNotes),
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
      void loadAreaSlide();
      const model = overviewModel.select(datasets, filters, 'it');
      const areaSlides = packAreaSlides(model.rest).map((areas) => ({
        id: `aree-${areas.join('-')}`,
        title: { it: names(areas, 'it'), en: names(areas, 'en') },
        Component: () => (
          <Suspense fallback={null}>
            <Areas areas={areas} />
          </Suspense>
        ),
        notes: lazyNotes(loadNotes, (m) => m.areaNotes(areas)),
      }));
      return [summary, ...areaSlides];
    },
  },
];
