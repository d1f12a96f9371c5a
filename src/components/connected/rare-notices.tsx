import { useQueryClient } from '@tanstack/react-query';
import { ViewLink } from '../ui/view-link';
import { discardPreview } from '../../data/preview';
import { useDatasets } from '../../data/use-datasets';
import { defineMessages, useMessages } from '../../lib/i18n';
import { shellMessages } from '../../lib/shell-messages';
import { useFiltersStore } from '../../store/filters-store';

/** What pages rarely show: loaded with the first of them (./notices.tsx), not with every page. */
const messages = defineMessages({
  it: {
    rejected: (list: string) => `Alcuni parametri dell’indirizzo non sono validi e sono stati ignorati: ${list}. Sono mostrati i valori predefiniti.`,
    dismiss: 'Chiudi avviso',
    previewing: (ids: string) => `Anteprima non pubblicata: ${ids}. Si vede solo in questo browser.`,
    page: 'Pagina Dati',
    discard: 'Scarta',
    notFoundText: 'L’indirizzo non corrisponde a nessuna sezione del cruscotto.',
    backHome: 'Torna alla panoramica',
    updateReady: 'È disponibile una nuova versione del cruscotto.',
    updateNow: 'Aggiorna ora',
  },
  en: {
    rejected: (list: string) => `Some parameters in the address are not valid and were ignored: ${list}. Defaults are shown.`,
    dismiss: 'Dismiss notice',
    previewing: (ids: string) => `Unpublished preview: ${ids}. Only this browser sees it.`,
    page: 'Data page',
    discard: 'Discard',
    notFoundText: 'The address matches no section of the dashboard.',
    backHome: 'Back to the overview',
    updateReady: 'A new version of the dashboard is available.',
    updateNow: 'Update now',
  },
});

/** Says which URL parameters were ignored, instead of silently showing something else. */
export function UrlNotice() {
  const t = useMessages(messages);
  const rejected = useFiltersStore((s) => s.rejected);
  const dismiss = useFiltersStore((s) => s.dismissRejected);
  if (rejected.length === 0) return null;
  const list = rejected.map((r) => `«${r.param}=${r.value}»`).join(', ');
  return (
    <div role="status" className="notice">
      <p>{t.rejected(list)}</p>
      <button type="button" onClick={dismiss}>{t.dismiss}</button>
    </div>
  );
}

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

/** An address that names no view: says so, with the way back. */
export function NotFoundPage() {
  const t = useMessages(messages);
  const s = useMessages(shellMessages);
  return (
    <section className="not-found" aria-labelledby="nf-title">
      <h1 id="nf-title">{s.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <ViewLink view="overview">{t.backHome}</ViewLink>
      </p>
    </section>
  );
}

/**
 * A new version is waiting (OfflineStatus found it): the page never reloads on its own, so a
 * presentation is not cut short; the button lets the new version take over, then reloads.
 */
export function UpdateOffer({ waiting, onUpdate }: { waiting: ServiceWorker; onUpdate: () => void }) {
  const t = useMessages(messages);
  return (
    <div role="status" className="notice">
      <p>{t.updateReady}</p>
      <button
        type="button"
        onClick={() => {
          onUpdate();
          waiting.postMessage('skip-waiting');
        }}
      >
        {t.updateNow}
      </button>
    </div>
  );
}
