import { useEffect } from 'react';
import { useMessages } from '../../lib/i18n';
import { shellMessages } from '../../lib/shell-messages';
import { VIEW_IDS } from '../../lib/views';
import { useFiltersStore } from '../../store/filters-store';
import { ViewLink } from '../ui/view-link';

/** The sections, the current one marked (and, on phones where the list scrolls sideways, kept in sight). */
export function AppNav() {
  const t = useMessages(shellMessages);
  const view = useFiltersStore((s) => s.view);
  const notFound = useFiltersStore((s) => s.notFound);
  useEffect(() => {
    document.querySelector('.app-nav [aria-current="page"]')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [view]);
  return (
    <nav aria-label={t.nav} className="app-nav">
      <ul>
        {VIEW_IDS.map((v) => (
          <li key={v}>
            <ViewLink view={v} aria-current={v === view && !notFound ? 'page' : undefined}>{t.views[v]}</ViewLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
