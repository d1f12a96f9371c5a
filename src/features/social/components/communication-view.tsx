import { shellMessages } from '../../../lib/shell-messages';
import { DataErrors } from '../../../components/ui/data-errors';
import { EmptyState } from '../../../components/connected/empty-state';
import { PanelList } from '../../../components/ui/panel';
import { explainEmpty } from '../../../data/empty-state';
import { useMessages } from '../../../lib/i18n';
import { useCommunication } from '../hooks/use-communication';
import { socialPanels } from '../panels';
import '../social.css';

export default function CommunicationView() {
  const s = useMessages(shellMessages);
  const { t, errors, isLoading, all, filters, viewEmpty } = useCommunication();
  return (
    <section aria-labelledby="communication-title" className="view social-view">
      <h1 id="communication-title">{t.title}</h1>
      <p className="lead" id="communication-lead">{t.lead}</p>
      <DataErrors errors={errors} />
      {isLoading && <p role="status">{s.loading}</p>}
      {viewEmpty && <EmptyState info={explainEmpty(all, filters)} />}
      {!isLoading && <PanelList panels={socialPanels} />}
    </section>
  );
}
