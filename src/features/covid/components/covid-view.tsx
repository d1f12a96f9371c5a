import { shellMessages } from '../../../lib/shell-messages';
import { FilteredEmpty } from '../../../components/connected/filtered-empty';
import { ViewFrame } from '../../../components/ui/view-frame';
import { useMessages } from '../../../lib/i18n';
import { covidModel } from '../hooks/use-covid';
import { covidMessages } from '../messages';
import { covidPanels } from '../panels';
import '../covid.css';

export default function CovidView() {
  const t = useMessages(covidMessages);
  const s = useMessages(shellMessages);
  const view = covidModel.useView();
  const { errors, isLoading } = view;
  const { model, ctx, wider } = view.model;
  return (
    <covidModel.Provider value={view}>
      <ViewFrame
        id="covid"
        className="covid-view"
        title={s.views.covid}
        lead={t.lead}
        errors={errors}
        isLoading={isLoading}
        panels={covidPanels}
        empty={<FilteredEmpty empty={model.empty} errors={errors} items={ctx.items} filters={ctx.filters} wider={wider} />}
      />
    </covidModel.Provider>
  );
}
