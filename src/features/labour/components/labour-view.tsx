import { shellMessages } from '../../../lib/shell-messages';
import { FilteredEmpty } from '../../../components/connected/filtered-empty';
import { ViewFrame } from '../../../components/ui/view-frame';
import { useMessages } from '../../../lib/i18n';
import { useLabour } from '../hooks/use-labour';
import { labourMessages } from '../messages';
import { labourPanels } from '../panels';
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
      empty={<FilteredEmpty empty={model.empty} errors={errors} items={ctx.items} filters={ctx.filters} wider={wider} />}
    />
  );
}
