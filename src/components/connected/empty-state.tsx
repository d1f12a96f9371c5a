import { lazy, Suspense } from 'react';
import type { EmptyInfo } from '../../data/empty-state';
import { useMessages } from '../../lib/i18n';
import { uiMessages } from '../ui/messages';

/** Which filters emptied the view, and the way out: its code loads when a view first comes up empty (most visits never do). */
const Explained = lazy(() => import('./empty-state-explained'));

/** Says at once that nothing matches; then, in the same status, which filters emptied the view and the nearest year that has data. */
export function EmptyState({ info }: { info: EmptyInfo }) {
  const t = useMessages(uiMessages);
  return (
    <div className="empty-state" role="status">
      <h2>{t.empty}</h2>
      <Suspense fallback={null}>
        <Explained info={info} />
      </Suspense>
    </div>
  );
}
