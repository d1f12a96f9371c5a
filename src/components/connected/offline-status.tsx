import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useDataUpdated } from '../../data/use-datasets';
import { formatDate } from '../../lib/format';
import { useClientValue } from '../../lib/use-client-value';
import { useLocale, useMessages } from '../../lib/i18n';
import { shellMessages } from '../../lib/shell-messages';

/** Rare (a new version while a page is open): its code loads when there is one. */
const UpdateOffer = lazy(() => import('./rare-notices').then((m) => ({ default: m.UpdateOffer })));

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
  // Set when the user takes the new version: the page reloads once it is in control.
  const updating = useRef(false);

  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (updating.current) window.location.reload();
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
        <Suspense fallback={null}>
          <UpdateOffer waiting={waiting} onUpdate={() => (updating.current = true)} />
        </Suspense>
      )}
    </>
  );
}
