import type { CheckKind } from '../../../data/checks';
import { useLocale, useMessages } from '../../../lib/i18n';
import { localText } from '../utils/localize';
import { scorecardMessages } from '../messages';
import type { ScorecardIndicator } from '../utils/scorecard-data';
import { AttainmentBar } from './attainment-bar';
import { CheckLink } from './check-link';
import { IndicatorButton } from './indicator-button';
import { StatusBadge } from './status-badge';

/**
 * One compact row: code and name (opens the detail), target and result as stated, outcome, attainment, tags.
 * `checks`: anchors of the Sources view's checks about this indicator; a code used twice and an unstated
 * outcome link there.
 */
export function IndicatorRow({ indicator, checks }: { indicator: ScorecardIndicator; checks?: Partial<Record<CheckKind, string>> }) {
  const t = useMessages(scorecardMessages);
  const locale = useLocale();
  const { tags } = indicator;
  const target = localText(indicator.target.stated, indicator.translations, locale);
  const result = localText(indicator.result.stated, indicator.translations, locale);
  const repeated = checks?.['repeated-code'];
  const unstated = checks?.['unstated-outcome'];
  const status = <StatusBadge status={indicator.status} />;
  return (
    <li className="sc-row">
      <div className="sc-row-name">
        <IndicatorButton indicator={indicator} />
      </div>
      <p className="sc-row-target">
        <span className="sc-k">{t.target}</span> <span lang={target.lang}>{target.text}</span>
      </p>
      <p className="sc-row-result">
        <span className="sc-k">{t.result}</span> <span lang={result.lang}>{result.text}</span>
      </p>
      <div className="sc-row-status">
        {unstated ? <CheckLink anchor={unstated}>{status}</CheckLink> : status}
        {indicator.result.attainmentPct !== undefined && <AttainmentBar pct={indicator.result.attainmentPct} />}
      </div>
      {(tags.length > 0 || indicator.table !== 'performance-plan' || repeated) && (
        <ul className="sc-tags" aria-label={t.rowTags}>
          {tags.map((tag) => (
            <li key={tag} className="sc-tag">{tag}</li>
          ))}
          {indicator.table !== 'performance-plan' && <li className="sc-tag sc-tag-table">{t.notInPlanShort}</li>}
          {repeated && <li className="sc-tag sc-tag-check"><CheckLink anchor={repeated}>{t.repeatedCode}</CheckLink></li>}
        </ul>
      )}
    </li>
  );
}
