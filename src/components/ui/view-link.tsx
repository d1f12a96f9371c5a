import type { MouseEvent, ReactNode } from 'react';
import { selectUrlState, useFiltersStore } from '../../store/filters-store';
import { serializeUrl } from '../../store/url-state';
import type { ViewId } from '../../store/views';

/** A real link to a view (bookmarkable, opens in a new tab) that keeps the current filters. */
export function ViewLink({ view, children, className, extra, ...rest }: { view: ViewId; children: ReactNode; className?: string; extra?: Record<string, string>; 'aria-current'?: 'page' }) {
  const href = useFiltersStore((s) => serializeUrl({ ...selectUrlState(s), view, extra: extra ?? {} }));
  const setView = useFiltersStore((s) => s.setView);
  const setExtra = useFiltersStore((s) => s.setExtra);
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    setView(view);
    for (const [k, v] of Object.entries(extra ?? {})) setExtra(k, v);
    window.scrollTo({ top: 0 });
    document.getElementById('main')?.focus({ preventScroll: true });
  };
  return (
    <a href={href} onClick={onClick} className={className} {...rest}>
      {children}
    </a>
  );
}
