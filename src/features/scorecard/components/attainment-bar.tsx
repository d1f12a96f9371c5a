import { formatPercent } from '../../../lib/format';
import { useLocale, useMessages } from '../../../lib/i18n';
import { scorecardMessages } from '../messages';

/** The report's attainment percentage as a bar (0–100, capped) with its value written out. */
export function AttainmentBar({ pct }: { pct: number }) {
  const t = useMessages(scorecardMessages);
  const locale = useLocale();
  const width = Math.max(0, Math.min(100, pct));
  return (
    <span className="sc-attain">
      <span className="sc-attain-text">
        {t.attainment} {formatPercent(pct, locale, 1)}
      </span>
      <span className="sc-bar" aria-hidden="true">
        <span className="sc-bar-fill" style={{ width: `${width}%` }} />
      </span>
    </span>
  );
}
