import { useMemo } from 'react';
import { filterFacts, flattenFacts } from '../../../data/facts';
import { sourcesById } from '../../../data/kpi';
import { useDatasets } from '../../../data/use-datasets';
import { useLocale, useMessages } from '../../../lib/i18n';
import { useFactFilters } from '../../../store/filters-store';
import { socialMessages } from '../messages';
import { dimensionLabels, organizationLabel } from '../utils/labels';
import { isCommunicationFact } from '../utils/scope';
import { sourceLine } from '../utils/tiles';
import type { SourcedFact } from '../../../data/facts';

/** The view's facts (all years, and under the current filters), labels and sources; every panel reads it. */
export function useCommunication() {
  const locale = useLocale();
  const t = useMessages(socialMessages);
  const filters = useFactFilters();
  const data = useDatasets();
  const all = useMemo(() => flattenFacts(data.datasets).filter(isCommunicationFact), [data.datasets]);
  const visible = useMemo(() => filterFacts(all, filters), [all, filters]);
  const labels = useMemo(() => dimensionLabels(data.datasets, locale), [data.datasets, locale]);
  const sources = useMemo(() => sourcesById(data.datasets, locale), [data.datasets, locale]);
  const orgName = (key: string) => organizationLabel(data.datasets, key, locale);
  const source = (facts: readonly SourcedFact[]) => sourceLine(facts, sources, { source: t.source, section: t.section, quote: t.quote });
  return { ...data, locale, t, filters, all, visible, labels, sources, orgName, source, viewEmpty: !data.isLoading && visible.length === 0 };
}
