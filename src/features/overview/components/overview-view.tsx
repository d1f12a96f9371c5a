import { EmptyState } from '../../../components/connected/empty-state';
import { ViewFrame } from '../../../components/ui/view-frame';
import { explainEmpty } from '../../../data/empty-state';
import { useMessages } from '../../../lib/i18n';
import { useOverview } from '../hooks/use-overview';
import { overviewMessages } from '../messages';
import { overviewPanels } from '../panels';
import { tileCount } from '../utils/build-overview';

export default function OverviewView() {
  const t = useMessages(overviewMessages);
  const { errors, isLoading, model, facts, filters } = useOverview();
  const shown = tileCount(model);
  return (
    <ViewFrame
      id="overview"
      title={t.title}
      lead={t.lead}
      errors={errors}
      isLoading={isLoading}
      panels={overviewPanels}
      empty={
        <>
          <p role="status" className="sr-only">{t.count(String(shown))}</p>
          {shown === 0 && <EmptyState info={explainEmpty(facts, filters)} />}
        </>
      }
    />
  );
}
