import { useId, useMemo } from 'react';
import { EmptyState } from '../../../components/connected/empty-state';
import { usePresenting } from '../../../components/ui/presenting';
import { explainEmpty } from '../../../data/empty-state';
import { formatNumber, formatPercent } from '../../../lib/format';
import { useMessages } from '../../../lib/i18n';
import { useFiltersStore } from '../../../store/filters-store';
import { useScorecard } from '../hooks/use-scorecard';
import { scorecardMessages } from '../messages';
import { STATUSES } from '../utils/params';
import { countByArea, countCompared, countStatuses } from '../utils/status-summary';
import { AreaStatusFigure } from './area-status-figure';
import { StatusIcon } from './status-badge';

/** Outcome counts (each a button that filters the list by that outcome) and the achievement rate for every indicator the global filters keep, overall and per area. */
export function SummaryPanel() {
  const t = useMessages(scorecardMessages);
  const { indicators, all, areas, locale, filters, staff, sources, isLoading, scorecardFilters } = useScorecard();
  const setExtra = useFiltersStore((st) => st.setExtra);
  const presenting = usePresenting();
  const headingId = useId();
  const overall = useMemo(() => countStatuses(indicators), [indicators]);
  const compared = useMemo(() => countCompared(indicators), [indicators]);
  const rows = useMemo(() => countByArea(indicators, areas, locale, t.areaFallback), [indicators, areas, locale, t]);
  if (isLoading || all.length === 0 || (indicators.length === 0 && !staff)) return null;
  const heading = <h2 id={headingId}>{t.summaryTitle}</h2>;
  if (indicators.length === 0) {
    return (
      <section className="sc-panel" aria-labelledby={headingId}>
        {heading}
        <EmptyState info={explainEmpty(all, filters)} />
      </section>
    );
  }
  const n = (v: number) => formatNumber(v, locale);
  const titles = [...new Set(indicators.map((i) => sources.get(i.sourceId)?.title ?? i.sourceId))];
  const publisher = sources.get(indicators[0]!.sourceId)?.publisher;
  return (
    <section className="sc-panel" aria-labelledby={headingId}>
      {heading}
      <div className="sc-tiles">
        <div className="sc-tile-buttons" role={presenting ? undefined : 'group'} aria-label={presenting ? undefined : t.outcomesFilter}>
          {STATUSES.map((st) => {
            const body = (
              <>
                <span className="sc-tile-label">
                  <StatusIcon status={st} /> {t.statusPlural[st]}
                </span>
                <span className="sc-tile-count">{n(overall[st])}</span>
              </>
            );
            // A slide shows the counts; filtering the list is for the page.
            return presenting ? (
              <div key={st} className={`sc-tile sc-tile-${st}`}>
                {body}
              </div>
            ) : (
              <button
                key={st}
                type="button"
                className={`sc-tile sc-tile-${st}`}
                aria-pressed={scorecardFilters.stato === st}
                title={t.showStatus(t.statusPlural[st])}
                onClick={() => setExtra('stato', scorecardFilters.stato === st ? null : st)}
              >
                {body}
              </button>
            );
          })}
        </div>
        <dl className="sc-tile sc-tile-rate">
          <dt>{t.rate}</dt>
          <dd>{overall.rate === null ? '—' : formatPercent(overall.rate, locale, 1)}</dd>
          <dd className="sc-tile-note">{overall.rate === null ? t.rateNone : t.rateExplained(n(overall.achieved), n(overall.stated), n(overall.not_stated))}</dd>
        </dl>
      </div>
      {compared.numeric > 0 && (
        <p className="sc-compared">{t.comparedNote(n(compared.compared), n(compared.numeric), n(compared.agreeing), compared.compared === compared.numeric)}</p>
      )}
      <AreaStatusFigure rows={rows} overall={overall} source={t.source(titles.join(', '), publisher ?? '')} />
    </section>
  );
}
