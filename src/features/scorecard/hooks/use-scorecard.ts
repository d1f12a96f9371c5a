import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { indicatorCheckAnchors, runChecks } from '../../../data/checks';
import { TEXT_CHECK_SPECS } from '../../../data/checks/text-specs';
import { flattenFacts } from '../../../data/facts';
import { sourcesById } from '../../../data/kpi';
import { useDatasets } from '../../../data/use-datasets';
import { useLocale, useMessages } from '../../../lib/i18n';
import { useFactFilters, useFiltersStore } from '../../../store/filters-store';
import { scorecardMessages } from '../messages';
import { buildFilterOptions, parseScorecardFilters, SCORECARD_PARAMS, type ScorecardParam } from '../utils/params';
import { collectIndicators, collectStrategicAreas, indicatorsForFilters } from '../utils/scorecard-data';
import { buildStaff } from '../utils/staff';

/** The scorecard's URL parameters as raw strings (one shallow-compared object). */
function useRawParams(): Partial<Record<ScorecardParam, string>> {
  return useFiltersStore(useShallow((s) => Object.fromEntries(SCORECARD_PARAMS.map((p) => [p, s.extra[p]]))));
}

/**
 * Everything the scorecard's panels read: the indicators kept by the global filters, the strategic areas,
 * the filter options and the parsed scorecard filters, the staff table. Each panel calls it on its own.
 */
export function useScorecard() {
  const locale = useLocale();
  const t = useMessages(scorecardMessages);
  const filters = useFactFilters();
  const data = useDatasets();
  const raw = useRawParams();
  const all = useMemo(() => collectIndicators(data.datasets), [data.datasets]);
  const areas = useMemo(() => collectStrategicAreas(data.datasets), [data.datasets]);
  const sources = useMemo(() => sourcesById(data.datasets, locale), [data.datasets, locale]);
  const facts = useMemo(() => flattenFacts(data.datasets), [data.datasets]);
  const indicators = useMemo(() => indicatorsForFilters(all, filters), [all, filters]);
  const options = useMemo(() => buildFilterOptions(all, areas, locale, t.areaFallback), [all, areas, locale, t]);
  const scorecardFilters = useMemo(() => parseScorecardFilters(raw, options), [raw, options]);
  const staff = useMemo(() => buildStaff(facts, data.datasets, filters, locale), [facts, data.datasets, filters, locale]);
  // The readings of the report's words that name indicators: their badges link to these checks.
  const checkAnchors = useMemo(() => indicatorCheckAnchors(runChecks(data.datasets, TEXT_CHECK_SPECS)), [data.datasets]);
  const staffFacts = useMemo(() => facts.filter((f) => f.metric === 'staff.posts' || f.metric === 'staff.filled'), [facts]);
  return { ...data, locale, filters, all, areas, sources, indicators, options, scorecardFilters, rawQuery: raw.q ?? '', staff, staffFacts, checkAnchors };
}

export type ScorecardData = ReturnType<typeof useScorecard>;
