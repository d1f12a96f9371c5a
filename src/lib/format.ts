import type { Qualifier, Unit } from '../data/schema';
import { INTL_LOCALE, type Locale } from './locale';
import { unitNoun } from './units';

/**
 * The only place numbers, percentages, currency and dates are formatted: it-IT and en-GB through
 * Intl.NumberFormat with `useGrouping: 'always'` (current CLDR leaves Italian four-digit numbers
 * ungrouped, 1737, while Italian readers and the sources write 1.737). One formatter per language
 * and options, built on first use; the page builds its first one in idle time (warmFormats), since
 * the first Intl object of a page loads ICU's locale data.
 */
const formats = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let nf = formats.get(key);
  if (!nf) formats.set(key, (nf = new Intl.NumberFormat(INTL_LOCALE[locale], { useGrouping: 'always', ...options } as Intl.NumberFormatOptions)));
  return nf;
}

/** Builds the page language's plain number formatter while the page is idle, so that no render pays for loading ICU's data. */
export function warmFormats(locale: Locale) {
  const warm = () => formatter(locale, { maximumFractionDigits: 2 }).format(1234.5);
  if (typeof window === 'undefined') return;
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(warm, { timeout: 3000 });
  else setTimeout(warm, 200);
}

export function formatNumber(value: number, locale: Locale, maxFractionDigits = 2): string {
  return formatter(locale, { maximumFractionDigits: maxFractionDigits }).format(value);
}

/**
 * Plain digits for a file (CSV): no grouping, the locale's decimal mark, rounded as the screen rounds
 * (`maxFractionDigits`, 2 like formatNumber): 25.735726898175397 → "25,74", 17444351 → "17444351".
 */
export function formatPlainNumber(value: number, locale: Locale, maxFractionDigits = 2): string {
  const text = formatter(locale, { useGrouping: false, maximumFractionDigits: maxFractionDigits }).format(value);
  // No sign on a value that rounds to zero ("-0" is "0" in a file); signDisplay 'negative' would say so, but older browsers reject it.
  return /[1-9]/.test(text) ? text : text.replace('-', '');
}

/** A percentage given in points (69.5 → "69,5%"). */
export function formatPercent(points: number, locale: Locale, maxFractionDigits = 2): string {
  return formatter(locale, { style: 'percent', maximumFractionDigits: maxFractionDigits }).format(points / 100);
}

/** A signed change in percent ("+175,15%", "-45,4%"). */
export function formatSignedPercent(points: number, locale: Locale, maxFractionDigits = 1): string {
  return formatter(locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: maxFractionDigits }).format(points / 100);
}

export function formatSignedNumber(value: number, locale: Locale, maxFractionDigits = 2): string {
  return formatter(locale, { signDisplay: 'exceptZero', maximumFractionDigits: maxFractionDigits }).format(value);
}

/** Euros: whole amounts without decimals ("17.444.351 €"), others with two ("12,50 €"). */
export function formatCurrency(value: number, locale: Locale): string {
  return formatter(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: Number.isInteger(value) ? 0 : 2 }).format(value);
}

/** Short form for small tiles and axes ("1,5 Mln"); `long` spells the scale out ("23 miliardi"). The exact value is always offered too. */
export function formatCompact(value: number, locale: Locale, display: 'short' | 'long' = 'short'): string {
  return formatter(locale, { notation: 'compact', compactDisplay: display, maximumFractionDigits: 1 }).format(value);
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

/**
 * Month names for "25 novembre 2026" / "25 November 2026" (what it-IT and en-GB long dates say).
 * Spelled out rather than asked of Intl.DateTimeFormat: building that formatter loads the
 * calendar and time-zone data, tens of milliseconds on the first screen of a phone.
 */
const MONTHS: Record<Locale, readonly string[]> = {
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** An ISO date ("2020-12-31", or "2020-12" / "2020") as readers write it: "31 dicembre 2020". */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  return `${d} ${MONTHS[locale][m - 1]} ${y}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A time of day as a clock shows it, 24 hours in both languages: "14:05". */
export function formatClock(date: Date): string {
  return `${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}

/** A duration as a stopwatch shows it: "12:03", "1:02:03" from an hour. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${pad2(m)}:${pad2(s % 60)}` : `${m}:${pad2(s % 60)}`;
}

// The page's language, from its HTML (the app keeps it current): its formatter is ready before the first render needs it.
if (typeof document !== 'undefined') warmFormats(document.documentElement.lang === 'en' ? 'en' : 'it');
