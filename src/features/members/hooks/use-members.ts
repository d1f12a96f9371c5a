import { useMemo } from 'react';
import { flattenFacts } from '../../../data/facts';
import { sourcesById } from '../../../data/kpi';
import { useDatasets } from '../../../data/use-datasets';
import { useLocale } from '../../../lib/i18n';
import { useFactFilters } from '../../../store/filters-store';
import { memberFacts, mergeDimensions, selectMembers } from '../utils/select-members';

/** The datasets this view reads (a module constant, so the query list keeps its identity). */
export const MEMBERS_DATASETS = ['assolombarda-2020'] as const;

/** Everything a members panel needs: all facts (for deltas), the scope under the filters, labels and sources. */
export function useMembers() {
  const locale = useLocale();
  const filters = useFactFilters();
  const data = useDatasets(MEMBERS_DATASETS);
  const all = useMemo(() => flattenFacts(data.datasets), [data.datasets]);
  const members = useMemo(() => memberFacts(all), [all]);
  const dims = useMemo(() => mergeDimensions(data.datasets), [data.datasets]);
  const sources = useMemo(() => sourcesById(data.datasets, locale), [data.datasets, locale]);
  const scope = useMemo(() => selectMembers(all, filters), [all, filters]);
  return { ...data, all, members, dims, sources, scope, filters, locale };
}
