import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PanelDef } from '../../../components/ui/panel';
import { useFilterSummary } from '../../../store/use-filter-summary';
import { useDataUpdated, useDatasets } from '../../../data/use-datasets';
import { formatDate } from '../../../lib/format';
import { buildFilterOptions } from '../../../data/filter-options';
import { Presentation } from './presentation';
import { PresenterView } from './presenter-view';
import { TitleSlide } from './title-slide';
import { organisationsInView } from '../utils/title-slide';
import { buildSlides, viewsOfDeck, type Slide } from '../utils/deck';
import { deckKey } from '../utils/own-notes';
import { notesOf, titleNotes } from '../utils/slide-notes';
import { PRESENTER_PARAM } from '../utils/presentation-state';
import { parsePresentation } from '../utils/presentation-state';
import { useLocale, useMessages } from '../../../lib/i18n';
import { useFactFilters, useFiltersStore } from '../../../store/filters-store';
import type { ViewId } from '../../../lib/views';
import { shellMessages } from '../../../lib/shell-messages';
import { matchesFilters } from '../../../data/facts';
import type { Area, Dataset, Territory } from '../../../data/schema';

interface Props {
  /** A view's panels (the app knows every view; a feature knows only itself). */
  loadPanels: (view: ViewId) => Promise<readonly PanelDef[]>;
  /** What a view can show under any filter: the notes cite only the datasets a slide's view draws on. */
  coverage: (view: ViewId, datasets: readonly Dataset[]) => readonly { year: number; area: Area; territory: Territory; organization: string }[];
}

/** Composes presentation mode from the views' panel lists and the current filters. */
export function PresentationHost({ loadPanels, coverage }: Props) {
  const s = useMessages(shellMessages);
  const locale = useLocale();
  const updated = useDataUpdated();
  const view = useFiltersStore((st) => st.view);
  const filters = useFactFilters();
  const extra = useFiltersStore((st) => st.extra);
  const deck = parsePresentation(extra).deck;
  const presenter = extra[PRESENTER_PARAM] === '1' && deck !== 'tv';
  const views = useMemo(() => viewsOfDeck(deck, view), [deck, view]);
  const [panels, setPanels] = useState<Partial<Record<ViewId, readonly PanelDef[]>>>({});
  const { datasets, isLoading: dataLoading } = useDatasets();
  const options = useMemo(() => buildFilterOptions(datasets), [datasets]);

  useEffect(() => {
    let live = true;
    void Promise.all(views.map(async (v) => [v, await loadPanels(v)] as const)).then((entries) => {
      if (live) setPanels(Object.fromEntries(entries));
    });
    return () => {
      live = false;
    };
  }, [views, loadPanels]);

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
      notes: titleNotes.bind(null, { deckName, filtersSummary: summary, updated: date }),
    };
    return buildSlides(deck, view, panels, { datasets, filters }, title);
  }, [deck, view, panels, datasets, filters, deckName, organisations, summary, date]);

  const props = {
    slides,
    loading,
    viewNames: s.views,
    filtersSummary: summary,
    cycleValues: { anno: [...options.years].sort((a, b) => a - b), area: options.areas },
  };
  // Notes whose code loads on demand are loaded when the presenter view opens; then the notes are built again.
  const [notesLoaded, setNotesLoaded] = useState(0);
  useEffect(() => {
    if (!presenter) return;
    let live = true;
    const pending = slides.flatMap((x) => (x.slide.notes?.ready ? [x.slide.notes.ready()] : []));
    if (pending.length) void Promise.all(pending).then(() => live && setNotesLoaded((n) => n + 1));
    return () => {
      live = false;
    };
  }, [presenter, slides]);
  // The presenter's notes: built from the same data and filters as the slides, in the current language.
  const slideNotes = useCallback(
    (slide: Slide) => {
      const viewDatasets = slide.view ? datasets.filter((d) => coverage(slide.view!, [d]).some((c) => matchesFilters(c, filters))) : datasets;
      return notesOf(slide, { datasets, filters, kind: deck === 'riunione' ? 'meeting' : 'view' }, locale, slide.view ? s.views[slide.view] : deckName, viewDatasets);
    },
    // notesLoaded: a builder that has just loaded gives its notes on the next render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [datasets, filters, deck, locale, s, deckName, notesLoaded, coverage],
  );
  if (!presenter) return <Presentation {...props} />;
  const filterOptions = { years: props.cycleValues.anno, areas: options.areas.map((a) => ({ value: a, label: s.areas[a] })) };
  return <PresenterView {...props} notesOf={slideNotes} deckKey={deckKey(deck, view)} filterOptions={filterOptions} />;
}
