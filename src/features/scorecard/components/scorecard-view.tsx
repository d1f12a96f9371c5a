import { EmptyState } from '../../../components/connected/empty-state';
import { ViewFrame } from '../../../components/ui/view-frame';
import { explainEmpty } from '../../../data/empty-state';
import { useMessages } from '../../../lib/i18n';
import { scorecardModel } from '../hooks/use-scorecard';
import { scorecardMessages } from '../messages';
import { scorecardPanels } from '../panels';
import '../scorecard.css';
import { IndicatorDialog } from './indicator-dialog';

export default function ScorecardView() {
  const t = useMessages(scorecardMessages);
  const view = scorecardModel.useView();
  const { errors, isLoading, model } = view;
  return (
    <scorecardModel.Provider value={view}>
      <ViewFrame
        id="scorecard"
        className="sc-view"
        title={t.title}
        lead={t.lead}
        errors={errors}
        isLoading={isLoading}
        panels={scorecardPanels}
        empty={model.empty && <EmptyState info={explainEmpty([...model.all, ...model.staffFacts], model.filters)} />}
      >
        <IndicatorDialog />
      </ViewFrame>
    </scorecardModel.Provider>
  );
}
