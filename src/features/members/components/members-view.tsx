import { EmptyState } from '../../../components/connected/empty-state';
import { ViewFrame } from '../../../components/ui/view-frame';
import { explainEmpty } from '../../../data/empty-state';
import { useMessages } from '../../../lib/i18n';
import { membersModel } from '../hooks/use-members';
import { membersMessages } from '../messages';
import { membersPanels } from '../panels';

export default function MembersView() {
  const t = useMessages(membersMessages);
  const view = membersModel.useView();
  const { errors, isLoading, datasets, model } = view;
  return (
    <membersModel.Provider value={view}>
      <ViewFrame
        id="members"
        className="members-view"
        title={t.title}
        lead={t.lead}
        errors={errors}
        isLoading={isLoading}
        panels={membersPanels}
        // Nothing under these filters: one empty state for the whole view instead of five empty panels.
        empty={model.empty && <EmptyState info={explainEmpty(model.members, model.filters)} />}
        showPanels={!model.empty && datasets.length > 0}
      />
    </membersModel.Provider>
  );
}
