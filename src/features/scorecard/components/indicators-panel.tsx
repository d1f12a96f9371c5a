import { useId, useMemo } from 'react';
import { formatNumber } from '../../../lib/format';
import { useMessages } from '../../../lib/i18n';
import { useScorecard } from '../hooks/use-scorecard';
import { useSettled } from '../hooks/use-settled';
import { scorecardMessages } from '../messages';
import { applyScorecardFilters } from '../utils/filter-indicators';
import { groupIndicators } from '../utils/group-indicators';
import { hasActiveFilters } from '../utils/params';
import { IndicatorList } from './indicator-list';
import { clearScorecardFilters, ScorecardFiltersForm } from './scorecard-filters';

/** Indicators a printout lists; a longer list stays on screen (about 25 indicators fill an A4 page). */
export const PRINT_MAX_INDICATORS = 25;

/** Filters, the live count and the indicators grouped by area and objective. */
export function IndicatorsPanel() {
  const t = useMessages(scorecardMessages);
  const { indicators, areas, locale, options, scorecardFilters, rawQuery, isLoading, checkAnchors } = useScorecard();
  const headingId = useId();
  // The badges' checks: started with the list, drawn when they have run (in slices, after the paint).
  const anchors = useSettled(checkAnchors());
  const shown = useMemo(() => applyScorecardFilters(indicators, scorecardFilters), [indicators, scorecardFilters]);
  const groups = useMemo(
    () => groupIndicators(shown, areas, locale, { area: t.areaFallback, objective: t.objectiveFallback, notInPlan: t.notInPlan }),
    [shown, areas, locale, t],
  );
  if (isLoading || indicators.length === 0) return null;
  const active = hasActiveFilters(scorecardFilters);
  const printable = shown.length <= PRINT_MAX_INDICATORS;
  return (
    <section className="sc-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.listTitle}</h2>
      <ScorecardFiltersForm filters={scorecardFilters} options={options} rawQuery={rawQuery} />
      <div className="sc-count-line">
        <p role="status" className="sc-live">
          {shown.length === 0 ? t.noMatch : t.count(shown.length, formatNumber(shown.length, locale))}
        </p>
        {active && (
          <button type="button" onClick={clearScorecardFilters}>{t.resetList}</button>
        )}
      </div>
      {!printable && <p className="print-only">{t.printListOmitted(formatNumber(shown.length, locale), formatNumber(PRINT_MAX_INDICATORS, locale))}</p>}
      {shown.length > 0 && (
        <div className={printable ? undefined : 'print-omit'}>
          <IndicatorList groups={groups} checkAnchors={anchors} />
        </div>
      )}
    </section>
  );
}
