import { useMemo } from 'react';
import { shellMessages } from '../../app/messages';
import { useMessages } from '../../lib/i18n';
import { useFactFilters } from '../../store/filters-store';

/** The active filters in words ("Anno 2020 · Territorio: Lodi"), or an empty list. */
export function useFilterSummary(orgLabel?: (key: string) => string): string[] {
  const s = useMessages(shellMessages);
  const f = useFactFilters();
  return useMemo(
    () =>
      [
        f.year !== null ? `${s.year} ${f.year}` : '',
        f.area ? `${s.area}: ${s.areas[f.area]}` : '',
        f.territory ? `${s.territory}: ${s.territories[f.territory]}` : '',
        f.organization ? `${s.organization}: ${orgLabel ? orgLabel(f.organization) : f.organization}` : '',
      ].filter(Boolean),
    [s, f, orgLabel],
  );
}
