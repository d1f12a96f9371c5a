import { lazy, Suspense, useEffect } from 'react';
import { AppNav } from '../components/connected/app-nav';
import { DataUpdated } from '../components/connected/data-updated';
import { Notices, NotFound } from '../components/connected/notices';
import { OfflineStatus } from '../components/connected/offline-status';
import { PanelBoundary } from '../components/ui/panel-boundary';
import { PrintButton } from '../features/export/components/print-button';
import { PrintHeader } from '../features/export/components/print-header';
import { ShareLink } from '../features/export/components/share-link';
import { FilterBar } from '../features/filters/components/filter-bar';
import { DeckLoading } from '../features/presentation/components/deck-loading';
import { PresentButton } from '../features/presentation/components/present-button';
import { parsePresentation } from '../features/presentation/utils/presentation-state';
import { useMessages } from '../lib/i18n';
import { shellMessages } from '../lib/shell-messages';
import { useDocumentPrefs } from '../store/use-document-prefs';
import { useFiltersStore } from '../store/filters-store';
import { PANEL_LOADERS, viewCoverage, VIEWS } from './views';

const PresentationHost = lazy(() => import('../features/presentation/components/presentation-host').then((m) => ({ default: m.PresentationHost })));
const loadPanels = (view: keyof typeof PANEL_LOADERS) => PANEL_LOADERS[view]();

/** The boot's last steps (main.tsx): the URL applied over the hydrated page, then the page marked ready. */
type Boot = { takeOver?: () => void; onReady?: () => void };

/** Once the page is React's. takeOver's store change is drawn within its task (external stores render synchronously): onReady comes a task later. */
function AppReady({ takeOver, onReady }: Boot) {
  useEffect(() => {
    takeOver?.();
    const timer = setTimeout(() => onReady?.(), 0);
    return () => clearTimeout(timer);
  }, [takeOver, onReady]);
  return null;
}

export function App(boot: Boot) {
  useDocumentPrefs();
  const t = useMessages(shellMessages);
  const view = useFiltersStore((s) => s.view);
  const notFound = useFiltersStore((s) => s.notFound);
  const presenting = useFiltersStore((s) => parsePresentation(s.extra).active);
  const View = VIEWS[view];
  const loading = <p role="status" className="loading">{t.loading}</p>;

  if (presenting && !notFound) {
    return (
      <main id="main" tabIndex={-1}>
        <OfflineStatus hidden />
        <Suspense fallback={<DeckLoading>{loading}</DeckLoading>}>
          <PresentationHost loadPanels={loadPanels} coverage={viewCoverage} />
          <AppReady {...boot} />
        </Suspense>
      </main>
    );
  }

  return (
    <>
      <a className="skip-link" href="#main">{t.skip}</a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t.product}</span>
          <span className="brand-tagline">{t.tagline}</span>
          <span className="header-actions">
            <ShareLink />
            <PrintButton />
            <PresentButton />
          </span>
        </div>
        <AppNav />
        <FilterBar coverageOf={viewCoverage} />
      </header>
      <Notices />
      <OfflineStatus hidden={false} />
      <main id="main" tabIndex={-1}>
        <PrintHeader title={notFound ? t.notFoundTitle : t.views[view]} />
        {notFound ? (
          <>
            <NotFound />
            <AppReady {...boot} />
          </>
        ) : (
          <PanelBoundary name={t.views[view]}>
            <Suspense fallback={loading}>
              <View />
              <AppReady {...boot} />
            </Suspense>
          </PanelBoundary>
        )}
      </main>
      <footer className="app-footer">
        <p>{t.footer}</p>
        <DataUpdated />
      </footer>
    </>
  );
}
