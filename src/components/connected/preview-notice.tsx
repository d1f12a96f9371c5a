import { useQueryClient } from '@tanstack/react-query';
import { ViewLink } from '../ui/view-link';
import { discardPreview } from '../../data/preview';
import { useDatasets } from '../../data/use-datasets';
import { defineMessages, useMessages } from '../../lib/i18n';

const messages = defineMessages({
  it: {
    previewing: (ids: string) => `Anteprima non pubblicata: ${ids}. Si vede solo in questo browser.`,
    page: 'Pagina Dati',
    discard: 'Scarta',
  },
  en: {
    previewing: (ids: string) => `Unpublished preview: ${ids}. Only this browser sees it.`,
    page: 'Data page',
    discard: 'Discard',
  },
});

/** On every view while a dataset is in preview: nobody should take previewed figures for published ones. */
export function PreviewNotice() {
  const t = useMessages(messages);
  const client = useQueryClient();
  const { previewIds = [] } = useDatasets();
  if (!previewIds.length) return null;
  return (
    <div role="status" className="notice preview-notice">
      <p>{t.previewing(previewIds.join(', '))} <ViewLink view="data">{t.page}</ViewLink></p>
      <button type="button" onClick={() => discardPreview(client)}>{t.discard}</button>
    </div>
  );
}
