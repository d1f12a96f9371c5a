import { EmptyState } from '../../../components/connected/empty-state';
import { ViewFrame } from '../../../components/ui/view-frame';
import { explainEmpty } from '../../../data/empty-state';
import { communicationModel } from '../hooks/use-communication';
import { socialPanels } from '../panels';
import '../social.css';

export default function CommunicationView() {
  const view = communicationModel.useView();
  const { errors, isLoading, model } = view;
  return (
    <communicationModel.Provider value={view}>
      <ViewFrame
        id="communication"
        className="social-view"
        title={model.t.title}
        lead={model.t.lead}
        errors={errors}
        isLoading={isLoading}
        panels={socialPanels}
        empty={model.viewEmpty && <EmptyState info={explainEmpty(model.all, model.filters)} />}
      />
    </communicationModel.Provider>
  );
}
