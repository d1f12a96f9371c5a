import { useMemo } from 'react';
import { runChecks } from '../../../data/checks';
import { useDatasets } from '../../../data/use-datasets';
import { useLocale } from '../../../lib/i18n';
import { useFactFilters } from '../../../store/filters-store';
import { countChecks, filterChecks, groupChecksBySource } from '../utils/check-models';
import { allItems, buildSourceModels } from '../utils/source-models';

/** Sources and consistency checks under the current filters (checks run once over all loaded data). */
export function useSources() {
  const locale = useLocale();
  const filters = useFactFilters();
  const data = useDatasets();
  const allChecks = useMemo(() => runChecks(data.datasets), [data.datasets]);
  return useMemo(() => {
    const checks = filterChecks(allChecks, filters);
    return {
      ...data,
      filters,
      checks,
      counts: countChecks(checks),
      groups: groupChecksBySource(checks, data.datasets),
      sources: buildSourceModels(data.datasets, filters, checks, locale),
      items: allItems(data.datasets),
    };
  }, [allChecks, data, filters, locale]);
}
