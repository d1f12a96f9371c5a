import { useId, useRef, useState, type ChangeEvent } from 'react';
import { downloadBlob } from '../../../lib/download';
import { formatNumber } from '../../../lib/format';
import { useLocale, useMessages } from '../../../lib/i18n';
import { useOwnNotes } from '../hooks/use-own-notes';
import { presenterMessages } from '../presenter-messages';
import { OWN_NOTES_FILE } from '../utils/own-notes';

/** The presenter's own note on the current slide, kept in this browser; exported and imported as JSON. */
export function OwnNote({ deck, slide }: { deck: string; slide: string }) {
  const t = useMessages(presenterMessages);
  const locale = useLocale();
  const id = useId();
  const file = useRef<HTMLInputElement>(null);
  const { notes, set, importText, exportText } = useOwnNotes();
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const text = notes[deck]?.[slide] ?? '';

  const onChange = (e: ChangeEvent<HTMLTextAreaElement>) => {
    const ok = set(deck, slide, e.target.value);
    setStatus(ok ? null : { text: t.storageFailed, error: true });
  };
  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0];
    e.target.value = '';
    if (!chosen) return;
    const result = importText(await chosen.text());
    setStatus(result.ok ? { text: t.imported(formatNumber(result.count, locale)), error: false } : { text: t.importFailed(result.reason), error: true });
  };

  return (
    <div className="own-note">
      <label htmlFor={`${id}-note`}>{t.ownNote}</label>
      <textarea id={`${id}-note`} value={text} onChange={onChange} rows={3} aria-describedby={`${id}-hint`} />
      <p id={`${id}-hint`} className="muted">{t.ownNoteHint}</p>
      <div className="own-note-actions">
        <button type="button" onClick={() => downloadBlob(new Blob([exportText()], { type: 'application/json' }), OWN_NOTES_FILE)}>{t.exportNotes}</button>
        <button type="button" onClick={() => file.current?.click()}>{t.importNotes}</button>
        <input ref={file} type="file" accept="application/json,.json" className="sr-only" tabIndex={-1} aria-label={t.importNotes} onChange={(e) => void onImport(e)} />
      </div>
      <p role="status" className={status?.error ? 'own-note-error' : undefined}>{status?.text ?? ''}</p>
    </div>
  );
}
