import type { Indicator } from '../../../data/schema';
import { formatNumber, formatPercent, formatSignedNumber, formatValue } from '../../../lib/format';
import type { Locale } from '../../../lib/locale';
import type { ScorecardMessages } from '../messages';
import type { Shortfall } from './shortfall';

// A no-break space keeps the sign with its number when the line wraps ("≥ 90%").
const SYMBOL = { gte: '≥\u00a0', lte: '≤\u00a0', eq: '=\u00a0', yes_no: '', by_date: '' } as const;

/** A stated number with its unit ("47%", "8", "5.866 imprese"). */
export function formatIndicatorNumber(value: number, unit: Indicator['target']['unit'], locale: Locale): string {
  return unit ? formatValue(value, unit, locale) : formatNumber(value, locale);
}

/**
 * The gap in the indicator's own unit, then its basis: "-50 punti — risultato 40% contro target ≥ 90%",
 * "-2 vertenze — …", "-45 punti — raggiunto al 55%"; or why it cannot be computed. Percent targets miss
 * by points, never by a percent of a percent.
 */
export function shortfallText(s: Shortfall, indicator: Indicator, t: ScorecardMessages, locale: Locale): string {
  if (!s.ok) return `${t.shortfallUnknown}: ${t.shortfallReason[s.reason]}`;
  if (s.basis === 'attainment') return `${t.points(formatSignedNumber(s.attainmentPct - 100, locale, 1))} — ${t.basisAttainment(formatPercent(s.attainmentPct, locale, 1))}`;
  const unit = indicator.result.unit;
  const gap = unit === 'percent' ? t.points(formatSignedNumber(-s.gap, locale, 1)) : formatIndicatorNumber(-s.gap, unit, locale);
  const dir = indicator.target.direction ? SYMBOL[indicator.target.direction] : '';
  const result = formatIndicatorNumber(s.result, unit, locale);
  const target = dir + formatIndicatorNumber(s.target, indicator.target.unit, locale);
  return `${gap} — ${t.basisNumbers(result, target)}`;
}
