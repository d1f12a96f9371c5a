import { shellMessages } from '../../../app/messages';
import { DataErrors } from '../../../components/ui/data-errors';
import { EmptyState } from '../../../components/ui/empty-state';
import { PanelList } from '../../../components/ui/panel';
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
    <section aria-labelledby="covid-title" className="view covid-view">
      <h1 id="covid-title">{s.views.covid}</h1>
      <p className="lead">{t.lead}</p>
      <DataErrors errors={errors} />
      {isLoading && <p role="status">{s.loading}</p>}
      {!isLoading && model.empty && (errors.length === 0 || ctx.items.length > 0) && (
        <>
          <EmptyState info={explainEmpty(ctx.items, ctx.filters)} />
          <TerritoryHint territory={ctx.filters.territory} wider={wider} />
        </>
      )}
      <PanelList panels={covidPanels} />
    </section>
  );
}
