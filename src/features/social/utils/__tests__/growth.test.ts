import { describe, expect, it } from 'vitest';
import { compareGrowth, growthPct, statedDecimals } from '../growth';

// Figures from the sources: Assolombarda website users 1.042.043 (2019) → 2.867.204 (2020), stated +175,15% in the
// text and +175,5% in the highlight box; chamber followers 22.680 (01/2019) → 29.378 (01/2020), stated +29,5%.
describe('growthPct', () => {
  it.each([
    ['website users', 1042043, 2867204, ((2867204 - 1042043) / 1042043) * 100],
    ['chamber followers', 22680, 29378, ((29378 - 22680) / 22680) * 100],
    ['a fall', 200, 150, -25],
    ['no change', 10, 10, 0],
  ])('%s', (_name, from, to, expected) => {
    expect(growthPct(from, to)).toBeCloseTo(expected, 9);
  });

  it('is null from zero (no growth can be computed)', () => {
    expect(growthPct(0, 10)).toBeNull();
  });
});

describe('statedDecimals', () => {
  it.each([[175.15, 2], [175.5, 1], [29.5, 1], [52, 0], [3.2, 1]])('%s has %i decimals', (v, d) => {
    expect(statedDecimals(v)).toBe(d);
  });
});

describe('compareGrowth: computed vs stated', () => {
  const web = growthPct(1042043, 2867204)!;
  const chamber = growthPct(22680, 29378)!;
  it.each([
    ['website, text +175,15%', web, 175.15, true],
    ['website, highlight +175,5%', web, 175.5, false],
    ['chamber, +29,5%', chamber, 29.5, true],
    ['chamber, had it said +29,6%', chamber, 29.6, false],
    ['chamber, had it said +30%', chamber, 30, true],
  ])('%s', (_name, computed, stated, agrees) => {
    const check = compareGrowth(computed, stated);
    expect(check.agrees).toBe(agrees);
    expect(check.diffPts).toBeCloseTo(stated - computed, 9);
  });

  it('says by how much the highlight box differs (about +0,35 points)', () => {
    expect(compareGrowth(web, 175.5).diffPts).toBeCloseTo(0.35, 2);
  });
});
