import { useEffect, useMemo, useState } from 'react';
import type { PanelDef } from '../components/ui/panel';
import { useFilterSummary } from '../components/ui/use-filter-summary';
import { useDatasets } from '../data/use-datasets';
import { buildFilterOptions } from '../features/filters/utils/filter-options';
import { Presentation } from '../features/presentation/components/presentation';
import { buildSlides, viewsOfDeck } from '../features/presentation/utils/deck';
import { parsePresentation } from '../features/presentation/utils/presentation-state';
import { useMessages } from '../lib/i18n';
import { useFiltersStore } from '../store/filters-store';
import type { ViewId } from '../store/views';
import { shellMessages } from './messages';
import { PANEL_LOADERS } from './panels';

/** Composes presentation mode from the views' panel lists and the current filters. */
export default function PresentationHost() {
  const s = useMessages(shellMessages);
  const view = useFiltersStore((st) => st.view);
  const extra = useFiltersStore((st) => st.extra);
  const deck = parsePresentation(extra).deck;
  const views = useMemo(() => viewsOfDeck(deck, view), [deck, view]);
  const [panels, setPanels] = useState<Partial<Record<ViewId, readonly PanelDef[]>>>({});
  const { datasets } = useDatasets();
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

  const loading = views.some((v) => !panels[v]);
  const slides = useMemo(() => buildSlides(deck, view, panels), [deck, view, panels]);
  const summary = useFilterSummary().join(' · ');

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
