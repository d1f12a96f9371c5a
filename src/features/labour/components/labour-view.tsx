import { shellMessages } from '../../../lib/shell-messages';
import { FilteredEmpty } from '../../../components/connected/filtered-empty';
import { ViewFrame } from '../../../components/ui/view-frame';
import { useMessages } from '../../../lib/i18n';
import { labourModel } from '../hooks/use-labour';
import { labourMessages } from '../messages';
import { labourPanels } from '../panels';
import '../labour.css';

export default function LabourView() {
  const t = useMessages(labourMessages);
  const s = useMessages(shellMessages);
  const view = labourModel.useView();
  const { errors, isLoading } = view;
  const { model, ctx, wider } = view.model;
  return (
    <labourModel.Provider value={view}>
      <ViewFrame
        id="labour"
        className="labour-view"
        title={s.views.labour}
        lead={t.lead}
        errors={errors}
        isLoading={isLoading}
        panels={labourPanels}
        empty={<FilteredEmpty empty={model.empty} errors={errors} items={ctx.items} filters={ctx.filters} wider={wider} />}
      />
    </labourModel.Provider>
  );
}
