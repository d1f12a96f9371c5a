import { useEffect, useState } from 'react';
import { useMessages } from '../../../lib/i18n';
import { exportMessages } from '../messages';

/** "Copia link": the exact address of what is on screen, with a confirmation (and a manual fallback). */
export function ShareLink() {
  const t = useMessages(exportMessages);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [url, setUrl] = useState('');

  useEffect(() => {
    if (status !== 'copied') return;
    const id = window.setTimeout(() => setStatus('idle'), 4000);
    return () => window.clearTimeout(id);
  }, [status]);

  const copy = async () => {
    const href = window.location.href;
    setUrl(href);
    try {
      await navigator.clipboard.writeText(href);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <span className="share-link">
      <button type="button" onClick={() => void copy()} title={t.copyLinkHint}>{t.copyLink}</button>
      <span role="status" className="share-status">{status === 'copied' ? t.copied : ''}</span>
      {status === 'failed' && (
        <span role="alert">
          {t.copyFailed}{' '}
          <input type="text" readOnly value={url} aria-label={t.linkLabel} onFocus={(e) => e.currentTarget.select()} autoFocus />
        </span>
      )}
    </span>
  );
}
