import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useFiltersStore } from '../../../store/filters-store';
import { createViewModel } from '../../../store/view-model';
import { parseScorecardFilters, SCORECARD_PARAMS, type ScorecardParam } from '../utils/params';
import { runChecksAfterPaint } from '../../../data/checks/slices';
import { scorecardModelSpec } from '../utils/scorecard-model';

/** The scorecard's model, built once per change of data, filters or language; its badges' checks run after the page has painted. */
export const scorecardModel = createViewModel(scorecardModelSpec(runChecksAfterPaint));

/** The scorecard's URL parameters as raw strings (one shallow-compared object). */
function useRawParams(): Partial<Record<ScorecardParam, string>> {
  return useFiltersStore(useShallow((s) => Object.fromEntries(SCORECARD_PARAMS.map((p) => [p, s.extra[p]]))));
}

/** For a scorecard panel: the view's model, with the scorecard's own filters read from the URL. */
export function useScorecard() {
  const { model, isLoading } = scorecardModel.use();
  const raw = useRawParams();
  const scorecardFilters = useMemo(() => parseScorecardFilters(raw, model.options), [raw, model.options]);
  return { ...model, isLoading, scorecardFilters, rawQuery: raw.q ?? '' };
}

export type ScorecardData = ReturnType<typeof useScorecard>;
