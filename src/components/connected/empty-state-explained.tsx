import { shellMessages } from '../../lib/shell-messages';
import type { EmptyInfo } from '../../data/empty-state';
import { organizationName } from '../../data/organizations';
import { useDatasets } from '../../data/use-datasets';
import { useLocale, useMessages } from '../../lib/i18n';
import { useShallow } from 'zustand/react/shallow';
import { selectFactFilters, useFiltersStore } from '../../store/filters-store';
import { uiMessages } from '../ui/messages';

/** Inside EmptyState's status, under its heading: which filters emptied the view, and the nearest year that has data. */
export default function EmptyStateExplained({ info }: { info: EmptyInfo }) {
  const t = useMessages(uiMessages);
  const s = useMessages(shellMessages);
  const locale = useLocale();
  const { datasets } = useDatasets();
  const filters = useFiltersStore(useShallow(selectFactFilters));
  const setYear = useFiltersStore((st) => st.setYear);
  const reset = useFiltersStore((st) => st.resetFilters);
  const names = info.active.map((k) => {
    if (k === 'year') return `${s.year} ${filters.year}`;
    if (k === 'area' && filters.area) return `${s.area} «${s.areas[filters.area]}»`;
    if (k === 'territory' && filters.territory) return `${s.territory} «${s.territories[filters.territory]}»`;
    return `${s.organization} «${organizationName(datasets, filters.organization ?? '', locale)}»`;
  });
  return (
    <>
      {names.length > 0 && <p>{t.emptyBecause(names.join(', '))}</p>}
      <p className="empty-actions">
        {info.nearestYear !== undefined && info.nearestYear !== filters.year && (
          <button type="button" onClick={() => setYear(info.nearestYear!)}>{t.nearestYear(String(info.nearestYear))}</button>
        )}
        {names.length > 0 && <button type="button" onClick={reset}>{s.resetFilters}</button>}
      </p>
    </>
  );
}
