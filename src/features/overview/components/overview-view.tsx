import { shellMessages } from '../../../app/messages';
import { DataErrors } from '../../../components/ui/data-errors';
import { EmptyState } from '../../../components/ui/empty-state';
import { PanelList } from '../../../components/ui/panel';
import { explainEmpty } from '../../../data/empty-state';
import { useMessages } from '../../../lib/i18n';
import { useOverview } from '../hooks/use-overview';
import { overviewMessages } from '../messages';
import { overviewPanels } from '../panels';

export default function OverviewView() {
  const t = useMessages(overviewMessages);
  const s = useMessages(shellMessages);
  const { errors, isLoading, groups, facts, filters } = useOverview();
  return (
    <section aria-labelledby="overview-title" className="view">
      <h1 id="overview-title">{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <DataErrors errors={errors} />
      {isLoading && <p role="status">{s.loading}</p>}
      {!isLoading && (
        <p role="status" className="sr-only">
          {t.count(String(groups.reduce((n, g) => n + g.tiles.length, 0)))}
        </p>
      )}
      {!isLoading && groups.length === 0 && <EmptyState info={explainEmpty(facts, filters)} />}
      <PanelList panels={overviewPanels} />
    </section>
  );
}
