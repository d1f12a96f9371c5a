import { shellMessages } from '../../../lib/shell-messages';
import { DataErrors } from '../../../components/ui/data-errors';
import { EmptyState } from '../../../components/connected/empty-state';
import { PanelList } from '../../../components/ui/panel';
import { explainEmpty } from '../../../data/empty-state';
import { useMessages } from '../../../lib/i18n';
import { useScorecard } from '../hooks/use-scorecard';
import { scorecardMessages } from '../messages';
import { scorecardPanels } from '../panels';
import '../scorecard.css';
import { IndicatorDialog } from './indicator-dialog';

export default function ScorecardView() {
  const t = useMessages(scorecardMessages);
  const s = useMessages(shellMessages);
  const { errors, isLoading, indicators, all, staff, staffFacts, filters } = useScorecard();
  const hasData = all.length > 0 || staffFacts.length > 0;
  const allEmpty = !isLoading && hasData && indicators.length === 0 && !staff;
  return (
    <section aria-labelledby="scorecard-title" className="view sc-view">
      <h1 id="scorecard-title">{t.title}</h1>
      <p className="lead" id="scorecard-lead">{t.lead}</p>
      <DataErrors errors={errors} />
      {isLoading && <p role="status">{s.loading}</p>}
      {allEmpty && <EmptyState info={explainEmpty([...all, ...staffFacts], filters)} />}
      <PanelList panels={scorecardPanels} />
      <IndicatorDialog />
    </section>
  );
}
