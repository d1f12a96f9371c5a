import { shellMessages } from '../../../lib/shell-messages';
import { DataErrors } from '../../../components/ui/data-errors';
import { EmptyState } from '../../../components/connected/empty-state';
import { PanelList } from '../../../components/ui/panel';
import { explainEmpty } from '../../../data/empty-state';
import { useMessages } from '../../../lib/i18n';
import { useCheckAnchor } from '../hooks/use-check-anchor';
import { useSources } from '../hooks/use-sources';
import { sourcesMessages } from '../messages';
import { sourcesPanels } from '../panels';
import '../sources.css';

export default function SourcesView() {
  const t = useMessages(sourcesMessages);
  const s = useMessages(shellMessages);
  const { errors, isLoading, sources, items, filters } = useSources();
  useCheckAnchor();
  return (
    <section aria-labelledby="sources-title" className="view sources-view">
      <h1 id="sources-title">{t.title}</h1>
      <p className="lead" id="sources-lead">{t.lead}</p>
      <DataErrors errors={errors} />
      {isLoading && <p role="status">{s.loading}</p>}
      {!isLoading && sources.length === 0 && items.length > 0 && <EmptyState info={explainEmpty(items, filters)} />}
      <PanelList panels={sourcesPanels} />
    </section>
  );
}
