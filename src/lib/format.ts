import type { Qualifier, Unit } from '../data/schema';
import { INTL_LOCALE, type Locale } from './locale';
import { unitNoun } from './units';

/**
 * The only place numbers, percentages, currency and dates are formatted.
 * `useGrouping: 'always'` because current CLDR leaves Italian four-digit numbers ungrouped (1737),
 * while Italian readers (and the sources) write 1.737.
 */
const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let nf = cache.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(INTL_LOCALE[locale], { useGrouping: 'always', ...options } as Intl.NumberFormatOptions);
    cache.set(key, nf);
  }
  return nf;
}

export function formatNumber(value: number, locale: Locale, maxFractionDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits: maxFractionDigits }).format(value);
}

/** A percentage given in points (69.5 → "69,5%"). */
export function formatPercent(points: number, locale: Locale, maxFractionDigits = 2): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: maxFractionDigits }).format(points / 100);
}

/** A signed change in percent ("+175,15%", "−45,4%"). */
export function formatSignedPercent(points: number, locale: Locale, maxFractionDigits = 1): string {
  return numberFormat(locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: maxFractionDigits }).format(points / 100);
}

export function formatSignedNumber(value: number, locale: Locale, maxFractionDigits = 2): string {
  return numberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: maxFractionDigits }).format(value);
}

export function formatCurrency(value: number, locale: Locale): string {
  return numberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: Number.isInteger(value) ? 0 : 2 }).format(value);
}

/** Short form for small tiles and axes ("1,5 Mln"); `long` spells the scale out ("23 miliardi"). The exact value is always offered too. */
export function formatCompact(value: number, locale: Locale, display: 'short' | 'long' = 'short'): string {
  return numberFormat(locale, { notation: 'compact', compactDisplay: display, maximumFractionDigits: 1 }).format(value);
}

/** A value with its unit as a reader would say it: "6.796 imprese", "17.444.351 €", "69,5%". */
export function formatValue(value: number, unit: Unit, locale: Locale, opts: { compact?: boolean | 'long' } = {}): string {
  if (unit === 'percent') return formatPercent(value, locale);
  if (unit === 'percentage_points') return `${formatSignedNumber(value, locale)} p.p.`;
  if (unit === 'eur' && opts.compact === 'long') return `${formatCompact(value, locale, 'long')} ${locale === 'it' ? 'di euro' : 'euros'}`;
  if (unit === 'eur') return opts.compact ? `${formatCompact(value, locale)} €` : formatCurrency(value, locale);
  const num = opts.compact ? formatCompact(value, locale) : formatNumber(value, locale);
  const noun = unitNoun(unit, locale, value);
  return noun ? `${num} ${noun}` : num;
}

const QUALIFIER: Record<Locale, Record<Qualifier, string>> = {
  it: { exact: '', more_than: 'oltre', about: 'circa', at_least: 'almeno', less_than: 'meno di' },
  en: { exact: '', more_than: 'over', about: 'about', at_least: 'at least', less_than: 'under' },
};

export function qualifierWord(q: Qualifier, locale: Locale): string {
  return QUALIFIER[locale][q];
}

/** "oltre 23.000 visualizzazioni" */
export function formatQualified(value: number, unit: Unit, qualifier: Qualifier, locale: Locale, opts: { compact?: boolean | 'long' } = {}): string {
  const word = qualifierWord(qualifier, locale);
  const text = formatValue(value, unit, locale, opts);
  return word ? `${word} ${text}` : text;
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  let df = dateFormats.get(locale);
  if (!df) {
    df = new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, df);
  }
  return df.format(
    new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)),
  );
}
