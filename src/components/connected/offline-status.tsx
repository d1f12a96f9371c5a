import { useEffect, useState } from 'react';
import { useDataUpdated } from '../../data/use-datasets';
import { formatDate } from '../../lib/format';
import { useClientValue } from '../../lib/use-client-value';
import { useLocale, useMessages } from '../../lib/i18n';
import { shellMessages } from '../../lib/shell-messages';

function subscribeOnline(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/**
 * Registers the service worker (production only), offers an update when a new version is waiting
 * (never reloads on its own, so a presentation is not interrupted), and says when the app is offline.
 */
export function OfflineStatus({ hidden }: { hidden: boolean }) {
  const updated = useDataUpdated();
  const t = useMessages(shellMessages);
  const locale = useLocale();
  const online = useClientValue(() => navigator.onLine, true, subscribeOnline);
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);

  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let reloading = false;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (reloading) window.location.reload();
    });
    navigator.serviceWorker
      .register('/sw.js')
      .then((reg) => {
        const offer = () => {
          if (reg.waiting && navigator.serviceWorker.controller) setWaiting(reg.waiting);
        };
        offer();
        reg.addEventListener('updatefound', () => reg.installing?.addEventListener('statechange', offer));
      })
      .catch(() => {
        /* no service worker (private mode, file://): the app still works online */
      });
    (window as unknown as { __cruscottoReload?: () => void }).__cruscottoReload = () => {
      reloading = true;
    };
  }, []);

  if (hidden) return null;
  return (
    <>
      {!online && (
        <p role="status" className="notice">
          {t.offline(updated ? formatDate(updated, locale) : '')}
        </p>
      )}
      {waiting && (
        <div role="status" className="notice">
          <p>{t.updateReady}</p>
          <button
            type="button"
            onClick={() => {
              (window as unknown as { __cruscottoReload?: () => void }).__cruscottoReload?.();
              waiting.postMessage('skip-waiting');
            }}
          >
            {t.updateNow}
          </button>
        </div>
      )}
    </>
  );
}
