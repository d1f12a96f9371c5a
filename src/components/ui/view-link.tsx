import { createContext, useContext, type MouseEvent, type ReactNode } from 'react';
import { VIEW_PATHS, type ViewId } from '../../lib/views';

/**
 * How links reach the views: the query every link without parameters of its own carries (the
 * current choices), the query for a link with its own view parameters, and the move itself.
 * Provided once by the shell from the store (src/app/providers.tsx).
 */
export interface Navigation {
  query: string;
  queryWith: (extra: Record<string, string>) => string;
  go: (view: ViewId, extra: Record<string, string> | undefined, href: string, hash: string | undefined) => void;
}

export const NavigationContext = createContext<Navigation>({ query: '', queryWith: () => '', go: () => {} });

/**
 * A real link to a view (bookmarkable, opens in a new tab) that keeps the current filters; with a
 * `hash`, to one place of it (the view brings that element into view once drawn).
 */
export function ViewLink({ view, children, className, extra, hash, ...rest }: { view: ViewId; children: ReactNode; className?: string; extra?: Record<string, string>; hash?: string; 'aria-current'?: 'page' }) {
  const nav = useContext(NavigationContext);
  const href = VIEW_PATHS[view] + (extra ? nav.queryWith(extra) : nav.query) + (hash ? `#${hash}` : '');
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    nav.go(view, extra, href, hash);
    if (!hash) window.scrollTo({ top: 0 });
    document.getElementById('main')?.focus({ preventScroll: true });
  };
  return (
    <a href={href} onClick={onClick} className={className} {...rest}>
      {children}
    </a>
  );
}
