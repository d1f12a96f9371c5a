import type { PanelDef } from '../../components/ui/panel';
import { useMessages } from '../../lib/i18n';
import { ChecksPanel } from './components/check-groups';
import { SummaryPanel } from './components/checks-summary';
import { SourceCard } from './components/source-card';
import { sourcesModel, useSources } from './hooks/use-sources';
import { sourcesMessages } from './messages';

/** Source cards a slide holds: one, its dozen lines of metadata in three columns. */
const SOURCES_PER_SLIDE = 1;

function SourcesPanel({ page }: { page?: number }) {
  const t = useMessages(sourcesMessages);
  const { sources: all, checks, isLoading } = useSources();
  if (isLoading) return null;
  const sources = page === undefined ? all : all.slice(page * SOURCES_PER_SLIDE, (page + 1) * SOURCES_PER_SLIDE);
  return (
    <section className="sources-list" aria-labelledby="sources-list">
      <h2 id="sources-list">{t.sourcesTitle}</h2>
      {sources.length === 0 ? <p>{t.noSources}</p> : (
        <div className="source-cards">
          {sources.map((s) => <SourceCard key={s.id} source={s} checks={checks} />)}
        </div>
      )}
    </section>
  );
}

const { withModel } = sourcesModel;
const Sources = withModel(SourcesPanel);

const sourcesTitle = { it: sourcesMessages.it.sourcesTitle, en: sourcesMessages.en.sourcesTitle };

export const sourcesPanels: PanelDef[] = [
  { id: 'riepilogo', title: { it: sourcesMessages.it.summaryTitle, en: sourcesMessages.en.summaryTitle }, Component: withModel(SummaryPanel) },
  {
    id: 'fonti',
    title: sourcesTitle,
    Component: Sources,
    slides: ({ datasets }) =>
      Array.from({ length: Math.ceil(datasets.length / SOURCES_PER_SLIDE) }, (_, page) => ({ id: `fonti-${page + 1}`, title: sourcesTitle, Component: () => <Sources page={page} /> })),
  },
  // The checks are a long page for whoever reads them one by one; on a slide the summary lists what they found.
  { id: 'controlli', title: { it: sourcesMessages.it.checksTitle, en: sourcesMessages.en.checksTitle }, Component: withModel(ChecksPanel), slides: () => [] },
];

