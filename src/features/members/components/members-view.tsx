import { shellMessages } from '../../../lib/shell-messages';
import { DataErrors } from '../../../components/ui/data-errors';
import { EmptyState } from '../../../components/connected/empty-state';
import { PanelList } from '../../../components/ui/panel';
import { explainEmpty } from '../../../data/empty-state';
import { useMessages } from '../../../lib/i18n';
import { useMembers } from '../hooks/use-members';
import { membersMessages } from '../messages';
import { membersPanels } from '../panels';

export default function MembersView() {
  const t = useMessages(membersMessages);
  const s = useMessages(shellMessages);
  const { errors, isLoading, datasets, members, scope, filters } = useMembers();
  // Nothing under these filters: one empty state for the whole view instead of five empty panels.
  const empty = !isLoading && datasets.length > 0 && scope.facts.length === 0;
  return (
    <section aria-labelledby="members-title" className="view members-view">
      <h1 id="members-title">{t.title}</h1>
      <p className="lead" id="members-lead">{t.lead}</p>
      <DataErrors errors={errors} />
      {isLoading && <p role="status">{s.loading}</p>}
      {empty ? <EmptyState info={explainEmpty(members, filters)} /> : !isLoading && datasets.length > 0 && <PanelList panels={membersPanels} />}
    </section>
  );
}
