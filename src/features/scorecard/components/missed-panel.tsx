import { useId, useMemo } from 'react';
import { formatNumber } from '../../../lib/format';
import { useMessages } from '../../../lib/i18n';
import { useScorecard } from '../hooks/use-scorecard';
import { scorecardMessages } from '../messages';
import { applyScorecardFilters } from '../utils/filter-indicators';
import { rankMissed } from '../utils/shortfall';
import { IndicatorButton } from './indicator-button';
import { shortfallText } from '../utils/shortfall-text';

/** One page of the list on a slide: items from `from` (0-based) to before `to`. */
export interface MissedPage {
  from: number;
  to: number;
}

/** The not-achieved indicators, furthest from target first, each with how far and on what basis. */
export function MissedPanel({ page }: { page?: MissedPage }) {
  const t = useMessages(scorecardMessages);
  const { indicators, scorecardFilters, locale, isLoading } = useScorecard();
  const headingId = useId();
  const ranked = useMemo(() => rankMissed(applyScorecardFilters(indicators, scorecardFilters, { ignoreStatus: true })), [indicators, scorecardFilters]);
  if (isLoading || indicators.length === 0) return null;
  // A page past the end (the view's own filters left fewer): the slide says it has nothing to show.
  if (page && ranked.length > 0 && page.from >= ranked.length) return null;
  return (
    <section className="sc-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.missedTitle}</h2>
      {ranked.length === 0 ? (
        <p>{t.missedNone}</p>
      ) : (
        <>
          <p className="sc-panel-lead">{page ? t.missedPage(formatNumber(page.from + 1, locale), formatNumber(Math.min(page.to, ranked.length), locale), formatNumber(ranked.length, locale)) : t.missedLead(formatNumber(ranked.length, locale))}</p>
          <ol className="sc-missed" start={page ? page.from + 1 : undefined}>
            {(page ? ranked.slice(page.from, page.to) : ranked).map(({ indicator, shortfall }) => (
              <li key={indicator.id} className="sc-missed-item">
                <IndicatorButton indicator={indicator} />
                <span className="sc-bar sc-bar-miss" aria-hidden="true">
                  {shortfall.ok && <span className="sc-bar-fill" style={{ width: `${Math.max(0, Math.min(100, shortfall.pct))}%` }} />}
                </span>
                <span className="sc-missed-text">{shortfallText(shortfall, indicator, t, locale)}</span>
              </li>
            ))}
          </ol>
          {ranked.some((r) => !r.shortfall.ok) && <p className="muted">{t.uncomputableNote}</p>}
        </>
      )}
    </section>
  );
}
