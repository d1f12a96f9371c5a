import { shellMessages } from '../../../app/messages';
import { EmptyState } from '../../../components/ui/empty-state';
import { ViewFrame } from '../../../components/ui/view-frame';
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
    <ViewFrame
      id="labour"
      className="labour-view"
      title={s.views.labour}
      lead={t.lead}
      errors={errors}
      isLoading={isLoading}
      panels={labourPanels}
      empty={
        model.empty &&
        (errors.length === 0 || ctx.items.length > 0) && (
          <>
            <EmptyState info={explainEmpty(ctx.items, ctx.filters)} />
            <TerritoryHint territory={ctx.filters.territory} wider={wider} />
          </>
        )
      }
    />
  );
}
