import type { Unit } from '../../../data/schema';
import { formatNumber, formatSignedNumber, formatSignedPercent, formatValue } from '../../../lib/format';
import type { Locale } from '../../../lib/locale';
import { unitNoun } from '../../../lib/units';

/** A value with its unit; signed ("+90.000 persone", "−74.000 persone") where the sign carries meaning. */
export function amount(value: number, unit: Unit, locale: Locale, signed = false): string {
  if (!signed) return formatValue(value, unit, locale);
  if (unit === 'percent') return formatSignedPercent(value, locale, 2);
  const noun = unitNoun(unit, locale, value);
  const num = formatSignedNumber(value, locale);
  return noun ? `${num} ${noun}` : num;
}

/** A difference between two percentages, in points, to the thousandth ("+0,348 p.p."). */
export function points(value: number, locale: Locale): string {
  return `${formatSignedNumber(value, locale, 3)} p.p.`;
}

/** A tolerance either side ("±0,05 p.p."). */
export function plusMinusPoints(value: number, locale: Locale): string {
  return `±${formatNumber(value, locale)} p.p.`;
}
