import { EmptyState } from '../../../components/connected/empty-state';
import { ViewFrame } from '../../../components/ui/view-frame';
import { explainEmpty } from '../../../data/empty-state';
import { useMessages } from '../../../lib/i18n';
import { overviewModel } from '../hooks/use-overview';
import { overviewMessages } from '../messages';
import { overviewPanels } from '../panels';

export default function OverviewView() {
  const t = useMessages(overviewMessages);
  const view = overviewModel.useView();
  const { errors, isLoading, model } = view;
  return (
    <overviewModel.Provider value={view}>
      <ViewFrame
        id="overview"
        title={t.title}
        lead={t.lead}
        errors={errors}
        isLoading={isLoading}
        panels={overviewPanels}
        empty={
          <>
            <p role="status" className="sr-only">{t.count(String(model.shown))}</p>
            {model.shown === 0 && <EmptyState info={explainEmpty(model.facts, model.filters)} />}
          </>
        }
      />
    </overviewModel.Provider>
  );
}
