import type { Qualifier, Unit } from '../data/schema';
import { INTL_LOCALE, type Locale } from './locale';
import { unitNoun } from './units';

/**
 * The only place numbers, percentages, currency and dates are formatted, in it-IT and en-GB as
 * Intl.NumberFormat writes them with `useGrouping: 'always'` (current CLDR leaves Italian
 * four-digit numbers ungrouped, 1737, while Italian readers and the sources write 1.737).
 *
 * Written out instead of calling Intl: the first Intl.NumberFormat of a page loads ICU's locale
 * data, one uninterruptible task of 40–80 ms (four times that on a phone) on the first screen.
 * The tests check every function against Intl.NumberFormat itself, over many values; numbers
 * this code does not cover (10^12 and beyond, exponent notation) are handed to Intl.
 */
const SEP: Record<Locale, { group: string; decimal: string }> = { it: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } };
const NBSP = '\u00a0';

const intl = new Map<string, Intl.NumberFormat>();
function viaIntl(value: number, locale: Locale, options: Intl.NumberFormatOptions): string {
  const key = locale + JSON.stringify(options);
  let nf = intl.get(key);
  if (!nf) intl.set(key, (nf = new Intl.NumberFormat(INTL_LOCALE[locale], { useGrouping: 'always', ...options } as Intl.NumberFormatOptions)));
  return nf.format(value);
}

interface Decimal {
  int: string;
  frac: string;
}

/** A non-negative number's shortest decimal form (what ICU starts from), or null in exponent notation. */
function decimalOf(abs: number): Decimal | null {
  const text = String(abs);
  if (text.includes('e')) return null;
  const [int = '0', frac = ''] = text.split('.');
  return { int, frac };
}

/** Rounded half away from zero to `digits` decimals, trailing zeros dropped. */
function roundDecimal({ int, frac }: Decimal, digits: number): Decimal {
  if (frac.length <= digits) return { int, frac: frac.replace(/0+$/, '') };
  const kept = int + frac.slice(0, digits);
  let out = kept;
  if (frac.charCodeAt(digits) >= 53 /* '5' */) {
    // Add one unit in the last kept place, carrying leftwards.
    const d = kept.split('');
    let i = d.length - 1;
    while (i >= 0 && d[i] === '9') d[i--] = '0';
    if (i >= 0) d[i] = String(Number(d[i]) + 1);
    else d.unshift('1');
    out = d.join('');
  }
  const intLen = out.length - digits;
  return { int: out.slice(0, intLen).replace(/^0+(?=\d)/, '') || '0', frac: out.slice(intLen).replace(/0+$/, '') };
}

/** The decimal divided by 10^places, by moving the point (exact, unlike a float division). */
function shiftLeft({ int, frac }: Decimal, places: number): Decimal {
  const padded = int.padStart(places + 1, '0');
  return { int: padded.slice(0, padded.length - places).replace(/^0+(?=\d)/, ''), frac: padded.slice(padded.length - places) + frac };
}

function group(int: string, sep: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** Digits of |value| with grouping and decimals, or null when Intl must do it. */
function digitsOf(abs: number | Decimal | null, locale: Locale, maxFraction: number, minFraction = 0): string | null {
  const d = typeof abs === 'number' ? decimalOf(abs) : abs;
  if (!d) return null;
  const r = roundDecimal(d, maxFraction);
  const frac = r.frac.padEnd(minFraction, '0');
  return group(r.int, SEP[locale].group) + (frac ? SEP[locale].decimal + frac : '');
}

/** Sign as Intl writes it: '-' for any negative value ('auto', even when it rounds to 0), '+' for positives that stay non-zero ('exceptZero'). */
function sign(value: number, digits: string, mode: 'auto' | 'exceptZero'): string {
  const zero = !/[1-9]/.test(digits);
  if (mode === 'exceptZero') return zero ? '' : value < 0 ? '-' : '+';
  return value < 0 || Object.is(value, -0) ? '-' : '';
}

/** `points / 100` as ICU sees it (its shortest decimal form), moved back to points by shifting the decimal point. */
function percentPoints(points: number): Decimal | null {
  const d = decimalOf(points / 100);
  if (!d) return null;
  const frac = d.frac.padEnd(2, '0');
  return { int: (d.int + frac.slice(0, 2)).replace(/^0+(?=\d)/, ''), frac: frac.slice(2) };
}

export function formatNumber(value: number, locale: Locale, maxFractionDigits = 2): string {
  const d = Number.isFinite(value) ? digitsOf(Math.abs(value), locale, maxFractionDigits) : null;
  return d === null ? viaIntl(value, locale, { maximumFractionDigits: maxFractionDigits }) : sign(value, d, 'auto') + d;
}

/**
 * Plain digits for a file (CSV): no grouping, the locale's decimal mark, rounded as the screen rounds
 * (`maxFractionDigits`, 2 like formatNumber): 25.735726898175397 → "25,74", 17444351 → "17444351".
 */
export function formatPlainNumber(value: number, locale: Locale, maxFractionDigits = 2): string {
  const d = Number.isFinite(value) ? decimalOf(Math.abs(value)) : null;
  if (!d) return String(Number(value.toFixed(maxFractionDigits))).replace('.', SEP[locale].decimal);
  const r = roundDecimal(d, maxFractionDigits);
  const digits = r.int + (r.frac ? SEP[locale].decimal + r.frac : '');
  return (value < 0 && /[1-9]/.test(digits) ? '-' : '') + digits;
}

/** A percentage given in points (69.5 → "69,5%"). */
export function formatPercent(points: number, locale: Locale, maxFractionDigits = 2): string {
  const scaled = Number.isFinite(points) ? percentPoints(Math.abs(points)) : null;
  const d = scaled === null ? null : digitsOf(scaled, locale, maxFractionDigits);
  return d === null ? viaIntl(points / 100, locale, { style: 'percent', maximumFractionDigits: maxFractionDigits }) : `${sign(points, d, 'auto')}${d}%`;
}

/** A signed change in percent ("+175,15%", "-45,4%"). */
export function formatSignedPercent(points: number, locale: Locale, maxFractionDigits = 1): string {
  const scaled = Number.isFinite(points) ? percentPoints(Math.abs(points)) : null;
  const d = scaled === null ? null : digitsOf(scaled, locale, maxFractionDigits);
  return d === null
    ? viaIntl(points / 100, locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: maxFractionDigits })
    : `${sign(points, d, 'exceptZero')}${d}%`;
}

export function formatSignedNumber(value: number, locale: Locale, maxFractionDigits = 2): string {
  const d = Number.isFinite(value) ? digitsOf(Math.abs(value), locale, maxFractionDigits) : null;
  return d === null ? viaIntl(value, locale, { signDisplay: 'exceptZero', maximumFractionDigits: maxFractionDigits }) : sign(value, d, 'exceptZero') + d;
}

/** Euros: whole amounts without decimals ("17.444.351 €"), others with two ("12,50 €"). */
export function formatCurrency(value: number, locale: Locale): string {
  const fraction = Number.isInteger(value) ? 0 : 2;
  const d = Number.isFinite(value) ? digitsOf(Math.abs(value), locale, fraction, fraction) : null;
  if (d === null) return viaIntl(value, locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: fraction });
  const s = sign(value, d, 'auto');
  return locale === 'it' ? `${s}${d}${NBSP}€` : `${s}€${d}`;
}

/** Compact scales: thousands, millions, billions; [short, long singular, long plural]. `0` stands for the number. */
const SCALES: Record<Locale, readonly { short: string; one: string; other: string }[]> = {
  it: [
    { short: '0K', one: 'mille', other: '0 mila' },
    { short: `0${NBSP}Mln`, one: '0 milione', other: '0 milioni' },
    { short: `0${NBSP}Mld`, one: '0 miliardo', other: '0 miliardi' },
  ],
  en: [
    { short: '0k', one: '0 thousand', other: '0 thousand' },
    { short: '0m', one: '0 million', other: '0 million' },
    { short: '0bn', one: '0 billion', other: '0 billion' },
  ],
};

/** Short form for small tiles and axes ("1,5 Mln"); `long` spells the scale out ("23 miliardi"). The exact value is always offered too. */
export function formatCompact(value: number, locale: Locale, display: 'short' | 'long' = 'short'): string {
  const fallback = () => viaIntl(value, locale, { notation: 'compact', compactDisplay: display, maximumFractionDigits: 1 });
  if (!Number.isFinite(value)) return fallback();
  const abs = Math.abs(value);
  let scale = abs < 1000 ? -1 : Math.min(Math.floor(Math.log10(abs) / 3), 4) - 1;
  // The scale of the rounded number: 999.950 is "1 Mln", not "1.000K".
  for (;;) {
    if (scale >= SCALES[locale].length) return fallback();
    const exact = decimalOf(abs);
    if (!exact) return fallback();
    const r = roundDecimal(scale < 0 ? exact : shiftLeft(exact, 3 * (scale + 1)), 1);
    if (r.int.length > 3) {
      scale++;
      continue;
    }
    const digits = r.int + (r.frac ? SEP[locale].decimal + r.frac : '');
    const s = sign(value, digits, 'auto');
    if (scale < 0) return s + digits;
    const forms = SCALES[locale][scale]!;
    const pattern = display === 'short' ? forms.short : digits === '1' ? forms.one : forms.other;
    return s + pattern.replace('0', digits);
  }
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
