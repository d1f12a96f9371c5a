import { describe, expect, it } from 'vitest';
import { formatCompact, formatCurrency, formatDate, formatSignedNumber, formatNumber, formatPercent, formatQualified, formatSignedPercent, formatValue } from '../format';

describe('Italian and English number formats', () => {
  it.each([
    [6796, 'it', '6.796'],
    [1737, 'it', '1.737'],
    [414440, 'it', '414.440'],
    [6796, 'en', '6,796'],
    [175.15, 'it', '175,15'],
    [175.15, 'en', '175.15'],
  ] as const)('formatNumber(%s, %s) = %s', (value, locale, expected) => {
    expect(formatNumber(value, locale)).toBe(expected);
  });

  it('writes percentages and euros the Italian way', () => {
    expect(formatPercent(69.5, 'it')).toBe('69,5%');
    expect(formatCurrency(17444351, 'it').replace(/\s/g, ' ')).toBe('17.444.351 €');
    expect(formatCurrency(17444351, 'en')).toBe('€17,444,351');
  });

  it('adds the unit noun and the qualifier', () => {
    expect(formatValue(6796, 'firms', 'it')).toBe('6.796 imprese');
    expect(formatValue(1, 'firms', 'en')).toBe('1 firm');
    expect(formatQualified(23000, 'views', 'more_than', 'it')).toBe('oltre 23.000 visualizzazioni');
    expect(formatQualified(60, 'percent', 'more_than', 'en')).toBe('over 60%');
  });

  it('signs changes', () => {
    expect(formatSignedPercent(-45.4, 'it')).toMatch(/^[-−]45,4%$/);
    expect(formatSignedPercent(12.3, 'en')).toBe('+12.3%');
  });

  it('builds compact forms as the platform formatter does', () => {
    const expected = new Intl.NumberFormat('it-IT', { notation: 'compact', maximumFractionDigits: 1, useGrouping: 'always' } as Intl.NumberFormatOptions).format(14726633);
    expect(formatCompact(14726633, 'it')).toBe(expected);
    expect(formatValue(14726633, 'views', 'it', { compact: true })).toBe(`${expected} visualizzazioni`);
  });

  it('spells out large budgets as the platform formatter does', () => {
    const long = (v: number, l: string) => new Intl.NumberFormat(l, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1, useGrouping: 'always' } as Intl.NumberFormatOptions).format(v);
    expect(formatValue(23e9, 'eur', 'it', { compact: 'long' })).toBe(`${long(23e9, 'it-IT')} di euro`);
    expect(formatValue(1e9, 'eur', 'en', { compact: 'long' })).toBe(`${long(1e9, 'en-GB')} euros`);
  });
});

describe('dates', () => {
  it('say what it-IT and en-GB long dates say, on every month', () => {
    for (let m = 1; m <= 12; m++) {
      const iso = `2020-${String(m).padStart(2, '0')}-${m + 3}`;
      const day = new Date(Date.UTC(2020, m - 1, m + 3));
      const intl = (l: string) => new Intl.DateTimeFormat(l, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day);
      expect(formatDate(iso, 'it')).toBe(intl('it-IT'));
      expect(formatDate(iso, 'en')).toBe(intl('en-GB'));
    }
  });

  it('reads a month or a year alone as its first day', () => {
    expect(formatDate('2019-03', 'it')).toBe('1 marzo 2019');
    expect(formatDate('2018', 'en')).toBe('1 January 2018');
  });
});

/** The formatters are written out (no Intl on the first screen); Intl.NumberFormat itself is the reference. */
describe('the written-out formatters say exactly what Intl.NumberFormat says', () => {
  const intl = (locale: 'it' | 'en', options: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(locale === 'it' ? 'it-IT' : 'en-GB', { useGrouping: 'always', ...options } as Intl.NumberFormatOptions);
  // Edges (rounding, carries, scales, signs, zero) plus pseudo-random values of every size and precision.
  const edges = [0, -0, 0.004, 0.005, 0.0049, 0.125, 1.005, 1.015, 0.995, 9.995, 99.95, 999.95, 999.96, 999.5, 1000, 1234, 9999, 9999.5, 99_950, 99_999, 999_499, 999_500, 999_949, 999_950, 999_999, 1e6, 1_049_999, 1_050_000, 9_950_000, 999_950_000, 1e9, 2.5e9, 23e9, 999_949_999_999, 17_444_351, 21_228, 665, 69.5, 175.15, 175.5, 1.7515, 33.333333, 66.666666, 0.1 + 0.2, 1e-7, 123456789.987654];
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const randoms = Array.from({ length: 3000 }, () => {
    const magnitude = Math.floor(random() * 14) - 3;
    const decimals = Math.floor(random() * 6);
    return Number((random() * 10 ** magnitude).toFixed(decimals));
  });
  const values = [...edges, ...randoms].flatMap((v) => [v, -v]);

  it.each(['it', 'en'] as const)('numbers, signed numbers and euros (%s)', (locale) => {
    for (const digits of [0, 1, 2]) {
      const plain = intl(locale, { maximumFractionDigits: digits });
      const signed = intl(locale, { maximumFractionDigits: digits, signDisplay: 'exceptZero' });
      for (const v of values) {
        expect(formatNumber(v, locale, digits), `${v}`).toBe(plain.format(v));
        expect(formatSignedNumber(v, locale, digits), `${v}`).toBe(signed.format(v));
      }
    }
    for (const v of values) {
      const fraction = Number.isInteger(v) ? 0 : 2;
      expect(formatCurrency(v, locale), `${v}`).toBe(intl(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: fraction }).format(v));
    }
  });

  it.each(['it', 'en'] as const)('percentages (%s)', (locale) => {
    for (const digits of [0, 1, 2]) {
      const plain = intl(locale, { style: 'percent', maximumFractionDigits: digits });
      const signed = intl(locale, { style: 'percent', maximumFractionDigits: digits, signDisplay: 'exceptZero' });
      for (const v of values) {
        expect(formatPercent(v, locale, digits), `${v}`).toBe(plain.format(v / 100));
        expect(formatSignedPercent(v, locale, digits), `${v}`).toBe(signed.format(v / 100));
      }
    }
  });

  it.each(['it', 'en'] as const)('compact figures, short and long (%s)', (locale) => {
    for (const display of ['short', 'long'] as const) {
      const nf = intl(locale, { notation: 'compact', compactDisplay: display, maximumFractionDigits: 1 });
      for (const v of [...values, 1e12, 3.4e15]) expect(formatCompact(v, locale, display), `${v}`).toBe(nf.format(v));
    }
  });
});
