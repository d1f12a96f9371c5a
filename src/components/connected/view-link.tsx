import type { MouseEvent, ReactNode } from 'react';
import { selectUrlState, useFiltersStore, type FiltersState } from '../../store/filters-store';
import { serializeQuery } from '../../store/url-state';
import { VIEW_PATHS, type ViewId } from '../../lib/views';

/**
 * The query every link without parameters of its own carries: the current choices. A page has
 * dozens of links (the nav, most tiles) and the store runs each one's selector on every change,
 * so they share one computation per store state.
 */
let shared: { state: FiltersState; query: string } | undefined;
function sharedQuery(s: FiltersState): string {
  if (shared?.state !== s) shared = { state: s, query: serializeQuery({ ...selectUrlState(s), extra: {} }) };
  return shared.query;
}

/**
 * A real link to a view (bookmarkable, opens in a new tab) that keeps the current filters; with a
 * `hash`, to one place of it (the view brings that element into view once drawn).
 */
export function ViewLink({ view, children, className, extra, hash, ...rest }: { view: ViewId; children: ReactNode; className?: string; extra?: Record<string, string>; hash?: string; 'aria-current'?: 'page' }) {
  const href = useFiltersStore((s) => VIEW_PATHS[view] + (extra ? serializeQuery({ ...selectUrlState(s), extra }) : sharedQuery(s)) + (hash ? `#${hash}` : ''));
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    // Actions are read when clicked: a subscription per link would run on every change of the store.
    const { setView, setExtra } = useFiltersStore.getState();
    // The address first, fragment included: the URL sync then finds it already written and keeps it.
    if (hash) history.pushState(null, '', href);
    setView(view);
    for (const [k, v] of Object.entries(extra ?? {})) setExtra(k, v);
    if (!hash) window.scrollTo({ top: 0 });
    document.getElementById('main')?.focus({ preventScroll: true });
  };
  return (
    <a href={href} onClick={onClick} className={className} {...rest}>
      {children}
    </a>
  );
}
