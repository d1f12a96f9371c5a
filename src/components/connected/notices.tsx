import { lazy, Suspense } from 'react';
import { useDatasets } from '../../data/use-datasets';
import { useFiltersStore } from '../../store/filters-store';

/* The notices a page rarely shows load when one is due: every page checks whether it is, cheaply. */
const rare = () => import('./rare-notices');
const UrlNotice = lazy(() => rare().then((m) => ({ default: m.UrlNotice })));
const PreviewNotice = lazy(() => rare().then((m) => ({ default: m.PreviewNotice })));
const NotFoundPage = lazy(() => rare().then((m) => ({ default: m.NotFoundPage })));

/** Above every view: URL parameters that were ignored, a dataset in preview. */
export function Notices() {
  const rejected = useFiltersStore((s) => s.rejected.length > 0);
  const previewing = (useDatasets().previewIds?.length ?? 0) > 0;
  return (
    <Suspense fallback={null}>
      {rejected && <UrlNotice />}
      {previewing && <PreviewNotice />}
    </Suspense>
  );
}

/** The page for an address that names no view. */
export function NotFound() {
  return (
    <Suspense fallback={null}>
      <NotFoundPage />
    </Suspense>
  );
}
