import { useMemo } from 'react';
import { flattenFacts } from '../../../data/facts';
import { sourcesById } from '../../../data/kpi';
import { useDatasets } from '../../../data/queries';
import { useLocale } from '../../../lib/i18n';
import { useFactFilters } from '../../../store/filters-store';
import { buildOverview } from '../utils/build-overview';
import { HEADLINES } from '../utils/headlines';

/** The overview's tile groups for the current filters, plus what the empty state needs. */
export function useOverview() {
  const locale = useLocale();
  const filters = useFactFilters();
  const data = useDatasets();
  const facts = useMemo(() => flattenFacts(data.datasets), [data.datasets]);
  const groups = useMemo(() => buildOverview(facts, HEADLINES, filters, sourcesById(data.datasets), locale), [facts, filters, data.datasets, locale]);
  return { ...data, facts, filters, groups };
}
