import { describe, expect, it } from 'vitest';
import { computeShortfall, isInconsistent, numericVerdict, rankMissed } from '../shortfall';
import { scorecardMessages } from '../../messages';
import { shortfallText } from '../shortfall-text';
import { fake, idsOf, indicators } from './fixtures';

describe('rankMissed on the report', () => {
  // Typed from the document: attainment percentages where printed, else target vs result with the direction.
  const expected: [id: string, pct: number][] = [
    ['cciaa19.plan.5.1.1', ((90 - 40) / 90) * 100], // budget use 40% against ≥ 90%
    ['cciaa19.plan.1.1.1', ((95 - 47) / 95) * 100], // budget use 47% against ≥ 95%
    ['cciaa19.plan.1.1.2', 100 - 55], // "Percentuale di raggiungimento: 55"
    ['cciaa19.plan.1.1.5', 100 - 60],
    ['cciaa19.plan.4.1.1', ((90 - 55) / 90) * 100],
    ['cciaa19.plan.2.4.1', ((10 - 8) / 10) * 100], // 8 mediations against ≥ 10: ties with 5.1.6, code order
    ['cciaa19.plan.5.1.6', 100 - 80],
    ['cciaa19.plan.3.3.1', ((90 - 82) / 90) * 100],
    ['cciaa19.pira.6.0.3', ((36 - 33) / 36) * 100],
    ['cciaa19.plan.1.4.2', 100 - 95],
    ['cciaa19.plan.1.1.3', 100 - 96],
    ['cciaa19.plan.3.3.2', ((90 - 88) / 90) * 100],
    ['cciaa19.plan.3.1.1', ((90 - 89) / 90) * 100],
  ];
  const ranked = rankMissed(indicators);

  it('lists the 13 not-achieved indicators, furthest from target first', () => {
    expect(idsOf(ranked.map((r) => r.indicator))).toEqual(expected.map(([id]) => id));
  });

  it.each(expected)('%s fell short by %f%% of its target', (id, pct) => {
    const s = ranked.find((r) => r.indicator.id === id)!.shortfall;
    expect(s.ok && s.pct).toBeCloseTo(pct, 10);
  });
});

describe('computeShortfall', () => {
  it.each([
    ['at least: below target', { stated: '≥10', value: 10, direction: 'gte' }, { stated: '8', value: 8 }, 20],
    ['at most, negative target: −5% against −10%', { stated: '-10%', value: -10, unit: 'percent', direction: 'lte' }, { stated: '-5%', value: -5, unit: 'percent' }, 50],
    ['equal: either side', { stated: '4', value: 4, direction: 'eq' }, { stated: '5', value: 5 }, 25],
    ['over-achieved "at least" gives a negative shortfall', { stated: '2', value: 2, direction: 'gte' }, { stated: '3', value: 3 }, -50],
  ] as const)('%s', (_name, target, result, pct) => {
    const s = computeShortfall(fake({ id: 'x', target: { ...target }, result: { ...result } }));
    expect(s.ok && s.pct).toBeCloseTo(pct, 10);
  });

  it('prefers the printed attainment percentage over the numbers', () => {
    const s = computeShortfall(fake({ id: 'x', target: { stated: '10', value: 10, direction: 'gte' }, result: { stated: '1', value: 1, attainmentPct: 70 } }));
    expect(s).toEqual({ ok: true, pct: 30, basis: 'attainment', attainmentPct: 70 });
  });

  it.each([
    ['no_numbers', { stated: 'Entro 31.12', direction: 'by_date' }, { stated: 'fatto' }],
    ['no_direction', { stated: '1', value: 1 }, { stated: '1', value: 1 }],
    ['no_direction', { stated: 'Sì', value: 1, direction: 'yes_no' }, { stated: 'Sì', value: 1 }],
    ['unit_mismatch', { stated: '100%', value: 100, unit: 'percent', direction: 'gte' }, { stated: '190 imprese', value: 190, unit: 'firms' }],
    ['zero_target', { stated: '0', value: 0, direction: 'gte' }, { stated: '1', value: 1 }],
  ] as const)('cannot compute (%s)', (reason, target, result) => {
    expect(computeShortfall(fake({ id: 'x', target: { ...target }, result: { ...result } }))).toEqual({ ok: false, reason });
  });

  it('puts indicators whose shortfall cannot be computed last, in code order', () => {
    const list = [
      fake({ id: 'b', code: '2.1.1', target: { stated: 'Sì', direction: 'yes_no' } }),
      fake({ id: 'small', code: '3.1.1', target: { stated: '10', value: 10, direction: 'gte' }, result: { stated: '9', value: 9 } }),
      fake({ id: 'a', code: '1.1.1', target: { stated: 'Sì', direction: 'yes_no' } }),
      fake({ id: 'big', code: '4.1.1', result: { stated: '50', attainmentPct: 50 } }),
      fake({ id: 'ok', status: 'achieved' }),
    ];
    expect(idsOf(rankMissed(list).map((r) => r.indicator))).toEqual(['big', 'small', 'a', 'b']);
    expect(rankMissed([])).toEqual([]);
  });
});

describe('numbers against the stated outcome', () => {
  it('flags the one indicator the report calls achieved against its own figures (PIRA 6.1.2: 1 survey, target 2)', () => {
    expect(indicators.filter(isInconsistent).map((i) => i.id)).toEqual(['cciaa19.pira.6.1.2']);
  });

  it.each([
    ['cciaa19.plan.1.2.1', 'met'], // 5.866 firms against ≥ 4.000
    ['cciaa19.pira.6.0.2', 'met'], // 33% against ≤ 34%
    ['cciaa19.pira.6.0.3', 'missed'], // 33% against ≥ 36%
    ['cciaa19.plan.1.1.7', 'met'], // 190 of 190 firms checked: 100% against a 100% target
    ['cciaa19.plan.2.1.2', null], // a date
  ] as const)('%s → %s', (id, verdict) => {
    expect(numericVerdict(indicators.find((i) => i.id === id)!)).toBe(verdict);
  });
});

describe('shortfallText: the gap in the indicator’s own unit', () => {
  const text = (id: string, locale: 'it' | 'en') => {
    const i = indicators.find((x) => x.id === id)!;
    return shortfallText(computeShortfall(i), i, scorecardMessages[locale], locale);
  };
  it.each([
    // 40% against ≥ 90% is 50 points short, not "55,6%" short
    ['cciaa19.plan.5.1.1', 'it', '-50 punti — risultato 40% contro target ≥\u00a090%'],
    ['cciaa19.plan.5.1.1', 'en', '-50 points — result 40% against a target of ≥\u00a090%'],
    ['cciaa19.plan.2.4.1', 'it', '-2 vertenze — risultato 8 vertenze contro target ≥\u00a010 vertenze'],
    ['cciaa19.plan.1.1.2', 'it', '-45 punti — raggiunto al 55%'],
    ['cciaa19.plan.1.1.2', 'en', '-45 points — 55% attained'],
  ] as const)('%s (%s): %s', (id, locale, expected) => {
    expect(text(id, locale)).toBe(expected);
  });
});
