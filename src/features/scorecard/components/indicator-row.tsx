import { useLocale, useMessages } from '../../../lib/i18n';
import { localText } from '../utils/localize';
import { scorecardMessages } from '../messages';
import type { ScorecardIndicator } from '../utils/scorecard-data';
import { AttainmentBar } from './attainment-bar';
import { IndicatorButton } from './indicator-button';
import { StatusBadge } from './status-badge';

/** One compact row: code and name (opens the detail), target and result as stated, outcome, attainment, tags. */
export function IndicatorRow({ indicator }: { indicator: ScorecardIndicator }) {
  const t = useMessages(scorecardMessages);
  const locale = useLocale();
  const { tags } = indicator;
  const target = localText(indicator.target.stated, indicator.translations, locale);
  const result = localText(indicator.result.stated, indicator.translations, locale);
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
        <StatusBadge status={indicator.status} />
        {indicator.result.attainmentPct !== undefined && <AttainmentBar pct={indicator.result.attainmentPct} />}
      </div>
      {(tags.length > 0 || indicator.table !== 'performance-plan') && (
        <ul className="sc-tags" aria-label={t.rowTags}>
          {tags.map((tag) => (
            <li key={tag} className="sc-tag">{tag}</li>
          ))}
          {indicator.table !== 'performance-plan' && <li className="sc-tag sc-tag-table">{t.notInPlanShort}</li>}
        </ul>
      )}
    </li>
  );
}
