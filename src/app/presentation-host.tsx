import { useEffect, useMemo, useState } from 'react';
import type { PanelDef } from '../components/ui/panel';
import { useFilterSummary } from '../components/ui/use-filter-summary';
import { useDataUpdated, useDatasets } from '../data/use-datasets';
import { formatDate } from '../lib/format';
import { buildFilterOptions } from '../features/filters/utils/filter-options';
import { Presentation } from '../features/presentation/components/presentation';
import { TitleSlide } from '../features/presentation/components/title-slide';
import { organisationsInView } from '../features/presentation/utils/title-slide';
import { buildSlides, viewsOfDeck } from '../features/presentation/utils/deck';
import { parsePresentation } from '../features/presentation/utils/presentation-state';
import { useLocale, useMessages } from '../lib/i18n';
import { useFactFilters, useFiltersStore } from '../store/filters-store';
import type { ViewId } from '../store/views';
import { shellMessages } from './messages';
import { PANEL_LOADERS } from './panels';

/** Composes presentation mode from the views' panel lists and the current filters. */
export default function PresentationHost() {
  const s = useMessages(shellMessages);
  const locale = useLocale();
  const updated = useDataUpdated();
  const view = useFiltersStore((st) => st.view);
  const filters = useFactFilters();
  const extra = useFiltersStore((st) => st.extra);
  const deck = parsePresentation(extra).deck;
  const views = useMemo(() => viewsOfDeck(deck, view), [deck, view]);
  const [panels, setPanels] = useState<Partial<Record<ViewId, readonly PanelDef[]>>>({});
  const { datasets, isLoading: dataLoading } = useDatasets();
  const options = useMemo(() => buildFilterOptions(datasets), [datasets]);

  useEffect(() => {
    let live = true;
    void Promise.all(views.map(async (v) => [v, await PANEL_LOADERS[v]()] as const)).then((entries) => {
      if (live) setPanels(Object.fromEntries(entries));
    });
    return () => {
      live = false;
    };
  }, [views]);

  // Until the data is in, the deck's length is not known (panels decide their slides from it).
  const loading = dataLoading || views.some((v) => !panels[v]);
  const summary = useFilterSummary().join(' · ');
  const deckName = deck === 'riunione' ? s.meetingDeck : s.views[view];
  const organisations = useMemo(() => organisationsInView(datasets, filters).map((o) => o.name[locale]), [datasets, filters, locale]);
  const date = updated ? formatDate(updated, locale) : undefined;
  const slides = useMemo(() => {
    const title = {
      id: 'titolo',
      title: { it: deckName, en: deckName },
      Component: () => <TitleSlide deckName={deckName} organisations={organisations} filtersSummary={summary} updated={date} />,
    };
    return buildSlides(deck, view, panels, { datasets, filters }, title);
  }, [deck, view, panels, datasets, filters, deckName, organisations, summary, date]);

  return (
    <Presentation
      slides={slides}
      loading={loading}
      viewNames={s.views}
      filtersSummary={summary}
      cycleValues={{ anno: [...options.years].sort((a, b) => a - b), area: options.areas }}
    />
  );
}
