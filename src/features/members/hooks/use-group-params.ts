import { useFiltersStore } from '../../../store/filters-store';
import type { GroupMetric, GroupSort } from '../utils/group-sort';
import { PARAM_GROUP, PARAM_METRIC, PARAM_SORT } from '../url-params';
import { metricParam, parseGroup, parseMetric, parseSort, sortParam } from '../utils/url-params';

/** The groups chart's shareable state (metric, sort, selected group), read from and written to the URL. */
export function useGroupParams(groupKeys: readonly string[]) {
  const rawMetric = useFiltersStore((s) => s.extra[PARAM_METRIC]);
  const rawSort = useFiltersStore((s) => s.extra[PARAM_SORT]);
  const rawGroup = useFiltersStore((s) => s.extra[PARAM_GROUP]);
  const setExtra = useFiltersStore((s) => s.setExtra);
  return {
    metric: parseMetric(rawMetric),
    sort: parseSort(rawSort),
    group: parseGroup(rawGroup, groupKeys),
    setMetric: (m: GroupMetric) => setExtra(PARAM_METRIC, metricParam(m)),
    setSort: (s: GroupSort) => setExtra(PARAM_SORT, sortParam(s)),
    setGroup: (key: string | null) => setExtra(PARAM_GROUP, key),
  };
}
