import { describe, expect, it } from 'vitest';
import { formatCompact, formatCurrency, formatNumber, formatPercent, formatQualified, formatSignedPercent, formatValue } from '../format';

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

  it('builds compact forms with the platform formatter (never hard-coded)', () => {
    const expected = new Intl.NumberFormat('it-IT', { notation: 'compact', maximumFractionDigits: 1, useGrouping: 'always' } as Intl.NumberFormatOptions).format(14726633);
    expect(formatCompact(14726633, 'it')).toBe(expected);
    expect(formatValue(14726633, 'views', 'it', { compact: true })).toBe(`${expected} visualizzazioni`);
  });

  it('spells out large budgets with the platform formatter', () => {
    const long = (v: number, l: string) => new Intl.NumberFormat(l, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1, useGrouping: 'always' } as Intl.NumberFormatOptions).format(v);
    expect(formatValue(23e9, 'eur', 'it', { compact: 'long' })).toBe(`${long(23e9, 'it-IT')} di euro`);
    expect(formatValue(1e9, 'eur', 'en', { compact: 'long' })).toBe(`${long(1e9, 'en-GB')} euros`);
  });
});
