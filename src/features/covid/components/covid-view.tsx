import { shellMessages } from '../../../app/messages';
import { EmptyState } from '../../../components/ui/empty-state';
import { ViewFrame } from '../../../components/ui/view-frame';
import { explainEmpty } from '../../../data/empty-state';
import { useMessages } from '../../../lib/i18n';
import { useCovid } from '../hooks/use-covid';
import { covidMessages } from '../messages';
import { covidPanels } from '../panels';
import { TerritoryHint } from '../../../components/ui/territory-hint';
import '../covid.css';

export default function CovidView() {
  const t = useMessages(covidMessages);
  const s = useMessages(shellMessages);
  const { errors, isLoading, model, ctx, wider } = useCovid();
  return (
    <ViewFrame
      id="covid"
      className="covid-view"
      title={s.views.covid}
      lead={t.lead}
      errors={errors}
      isLoading={isLoading}
      panels={covidPanels}
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
