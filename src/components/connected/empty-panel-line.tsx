import { useContext, useEffect, useId, useSyncExternalStore } from 'react';
import { nearestYear, yearsOf } from '../../data/facts';
import { useMessages } from '../../lib/i18n';
import { useFiltersStore } from '../../store/filters-store';
import { EmptyPanelsContext } from '../ui/empty-panels';
import { uiMessages } from '../ui/messages';

const NONE: { id: string; title: string }[] = [];

/**
 * A panel with nothing to show under the filters. Within a view, every such panel folds into one line,
 * drawn by the first of them: "Nessun dato per il 2019 in: A, B, C." with the nearest year that has
 * data (from `years`). Alone (a slide), it says so for itself.
 */
export function EmptyPanelLine({ title, years = [] }: { title: string; years?: readonly number[] }) {
  const t = useMessages(uiMessages);
  const registry = useContext(EmptyPanelsContext);
  const id = useId();
  const list = useSyncExternalStore(registry?.subscribe ?? noSubscribe, registry?.get ?? (() => NONE), () => NONE);
  const year = useFiltersStore((s) => s.year);
  const setYear = useFiltersStore((s) => s.setYear);
  useEffect(() => {
    registry?.add(id, title);
    return () => registry?.remove(id);
  }, [registry, id, title]);
  if (registry && list[0]?.id !== id) return null;
  const titles = registry ? list.map((p) => p.title) : [title];
  const nearest = year === null ? undefined : nearestYear(yearsOf(years.map((y) => ({ year: y }))), year);
  return (
    <p className="empty-panels" role="status">
      {t.emptyPanels(titles.join(', '))}
      {nearest !== undefined && nearest !== year && (
        <button type="button" className="empty-panels-action" onClick={() => setYear(nearest)}>{t.nearestYear(String(nearest))}</button>
      )}
    </p>
  );
}

const noSubscribe = () => () => {};
