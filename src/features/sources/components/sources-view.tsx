import { EmptyState } from '../../../components/connected/empty-state';
import { ViewFrame } from '../../../components/ui/view-frame';
import { explainEmpty } from '../../../data/empty-state';
import { useMessages } from '../../../lib/i18n';
import { useCheckAnchor } from '../hooks/use-check-anchor';
import { sourcesModel } from '../hooks/use-sources';
import { sourcesMessages } from '../messages';
import { sourcesPanels } from '../panels';
import '../sources.css';

export default function SourcesView() {
  const t = useMessages(sourcesMessages);
  const view = sourcesModel.useView();
  const { errors, isLoading, model } = view;
  useCheckAnchor();
  return (
    <sourcesModel.Provider value={view}>
      <ViewFrame
        id="sources"
        className="sources-view"
        title={t.title}
        lead={t.lead}
        errors={errors}
        isLoading={isLoading}
        panels={sourcesPanels}
        empty={model.sources.length === 0 && model.items.length > 0 && <EmptyState info={explainEmpty(model.items, model.filters)} />}
      />
    </sourcesModel.Provider>
  );
}
