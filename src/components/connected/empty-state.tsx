import { lazy, Suspense } from 'react';
import type { EmptyInfo } from '../../data/empty-state';
import { useMessages } from '../../lib/i18n';
import { uiMessages } from '../ui/messages';

/** Which filters emptied the view, and the way out: its code loads when a view first comes up empty (most visits never do). */
const Explained = lazy(() => import('./empty-state-explained'));

/** Says that nothing matches at once, then which filters emptied the view and the nearest year that has data. */
export function EmptyState({ info }: { info: EmptyInfo }) {
  const t = useMessages(uiMessages);
  const waiting = (
    <div className="empty-state" role="status">
      <h2>{t.empty}</h2>
    </div>
  );
  return (
    <Suspense fallback={waiting}>
      <Explained info={info} />
    </Suspense>
  );
}
