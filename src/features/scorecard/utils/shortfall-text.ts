import type { Indicator } from '../../../data/schema';
import { formatNumber, formatPercent, formatValue } from '../../../lib/format';
import type { Locale } from '../../../lib/locale';
import type { ScorecardMessages } from '../messages';
import type { Shortfall } from './shortfall';

const SYMBOL = { gte: '≥ ', lte: '≤ ', eq: '= ', yes_no: '', by_date: '' } as const;

/** A stated number with its unit ("47%", "8", "5.866 imprese"). */
export function formatIndicatorNumber(value: number, unit: Indicator['target']['unit'], locale: Locale): string {
  return unit ? formatValue(value, unit, locale) : formatNumber(value, locale);
}

/** "Mancato del 50,5% rispetto al target — risultato 47% contro target ≥ 95%", or why it cannot be computed. */
export function shortfallText(s: Shortfall, indicator: Indicator, t: ScorecardMessages, locale: Locale): string {
  if (!s.ok) return `${t.shortfallUnknown}: ${t.shortfallReason[s.reason]}`;
  const head = t.shortfall(formatPercent(s.pct, locale, 1));
  if (s.basis === 'attainment') return `${head} — ${t.basisAttainment(formatPercent(s.attainmentPct, locale, 1))}`;
  const dir = indicator.target.direction ? SYMBOL[indicator.target.direction] : '';
  const result = formatIndicatorNumber(s.result, indicator.result.unit, locale);
  const target = dir + formatIndicatorNumber(s.target, indicator.target.unit, locale);
  return `${head} — ${t.basisNumbers(result, target)}`;
}
