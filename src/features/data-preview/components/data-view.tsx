import { useQueryClient } from '@tanstack/react-query';
import { discardPreview } from '../../../data/preview';
import { useDatasets } from '../../../data/use-datasets';
import { useMessages } from '../../../lib/i18n';
import { useWorkbookImport } from '../hooks/use-workbook-import';
import { dataMessages } from '../messages';
import { DropZone } from './drop-zone';
import { AddedDataset, ProblemList } from './import-result';
import '../data-preview.css';

export default function DataView() {
  const t = useMessages(dataMessages);
  const client = useQueryClient();
  const { datasets, previewIds = [] } = useDatasets();
  const { state, importDropped } = useWorkbookImport();
  const previewed = datasets.filter((d) => previewIds.includes(d.id));
  return (
    <section aria-labelledby="data-title" className="view data-view">
      <h1 id="data-title">{t.title}</h1>
      <p className="lead" id="data-lead">{t.lead}</p>
      <p className="data-how">{t.how}</p>
      <DropZone onFiles={(files) => void importDropped(files)} busy={state.status === 'reading'} />
      {state.status === 'reading' && <p role="status">{t.reading}</p>}
      {state.status === 'failed' && <ProblemList problems={state.problems} />}
      {state.status === 'added' && <AddedDataset dataset={state.dataset} />}
      <section aria-labelledby="data-preview-title" className="data-previewed">
        <h2 id="data-preview-title">{t.inPreview}</h2>
        {previewed.length ? (
          <>
            <ul>
              {previewed.map((d) => (
                <li key={d.id}>{d.source.title} <code>{d.id}</code></li>
              ))}
            </ul>
            <button type="button" onClick={() => discardPreview(client)}>{t.discard}</button>
          </>
        ) : (
          <p>{t.none}</p>
        )}
      </section>
    </section>
  );
}
