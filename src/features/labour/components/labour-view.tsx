import { shellMessages } from '../../../app/messages';
import { DataErrors } from '../../../components/ui/data-errors';
import { EmptyState } from '../../../components/ui/empty-state';
import { PanelList } from '../../../components/ui/panel';
import { explainEmpty } from '../../../data/empty-state';
import { useMessages } from '../../../lib/i18n';
import { useLabour } from '../hooks/use-labour';
import { labourMessages } from '../messages';
import { labourPanels } from '../panels';
import { TerritoryHint } from '../../../components/ui/territory-hint';
import '../labour.css';

export default function LabourView() {
  const t = useMessages(labourMessages);
  const s = useMessages(shellMessages);
  const { errors, isLoading, model, ctx, wider } = useLabour();
  return (
    <section aria-labelledby="labour-title" className="view labour-view">
      <h1 id="labour-title">{s.views.labour}</h1>
      <p className="lead">{t.lead}</p>
      <DataErrors errors={errors} />
      {isLoading && <p role="status">{s.loading}</p>}
      {!isLoading && model.empty && (errors.length === 0 || ctx.items.length > 0) && (
        <>
          <EmptyState info={explainEmpty(ctx.items, ctx.filters)} />
          <TerritoryHint territory={ctx.filters.territory} wider={wider} />
        </>
      )}
      <PanelList panels={labourPanels} />
    </section>
  );
}
