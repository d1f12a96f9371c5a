import { useMemo } from 'react';
import { shellMessages } from '../lib/shell-messages';
import { organizationName } from '../data/organizations';
import { useDatasets } from '../data/use-datasets';
import { useLocale, useMessages } from '../lib/i18n';
import { useFactFilters } from './filters-store';

/** The active filters in words ("Anno 2020 · Territorio: Lodi"), or an empty list; an organization by its name, never its key. */
export function useFilterSummary(): string[] {
  const s = useMessages(shellMessages);
  const locale = useLocale();
  const { datasets } = useDatasets();
  const f = useFactFilters();
  return useMemo(
    () =>
      [
        f.year !== null ? `${s.year} ${f.year}` : '',
        f.area ? `${s.area}: ${s.areas[f.area]}` : '',
        f.territory ? `${s.territory}: ${s.territories[f.territory]}` : '',
        f.organization ? `${s.organization}: ${organizationName(datasets, f.organization, locale)}` : '',
      ].filter(Boolean),
    [s, f, datasets, locale],
  );
}
