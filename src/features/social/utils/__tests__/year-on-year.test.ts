import { describe, expect, it } from 'vitest';
import { all, fact, labels, visible } from './fixtures';
import { buildYearOnYear, FOLLOWERS, WEBSITE_USERS } from '../year-on-year';

describe('buildYearOnYear: website users (Assolombarda)', () => {
  it.each([['no filter', {}], ['year 2020', { year: 2020 }], ['area communication', { area: 'communication' as const }]])(
    '2019 → 2020 with the growth computed and both stated growths checked (%s)',
    (_name, filters) => {
      const m = buildYearOnYear(visible(filters), all, WEBSITE_USERS, labels)!;
      expect(m.current.value).toBe(2867204);
      expect(m.current.year).toBe(2020);
      expect(m.previous!.value).toBe(1042043);
      expect(m.previous!.year).toBe(2019);
      expect(m.computed).toBeCloseTo(((2867204 - 1042043) / 1042043) * 100, 9);
      const byStatement = Object.fromEntries(m.stated.map((s) => [s.fact.dimensions!.statement, s]));
      expect(byStatement.text!.fact.value).toBe(175.15);
      expect(byStatement.text!.check!.agrees).toBe(true);
      expect(byStatement.text!.statement).toBe('Dato nel testo');
      expect(byStatement.highlight!.fact.value).toBe(175.5);
      expect(byStatement.highlight!.check!.agrees).toBe(false);
      expect(m.platforms).toEqual([]);
    },
  );

  it('shows 2019 alone when filtered to it: no earlier year, nothing computed or checked', () => {
    const m = buildYearOnYear(visible({ year: 2019 }), all, WEBSITE_USERS, labels)!;
    expect(m.current.value).toBe(1042043);
    expect(m.previous).toBeNull();
    expect(m.computed).toBeNull();
    expect(m.stated).toEqual([]);
  });

  it.each([['year 2018', { year: 2018 }], ['area social', { area: 'social' as const }], ['no facts', { year: 2017 }]])('is null for %s', (_name, filters) => {
    expect(buildYearOnYear(visible(filters), all, WEBSITE_USERS, labels)).toBeNull();
  });
});

describe('buildYearOnYear: followers (the chamber of commerce)', () => {
  it.each([['no filter', {}], ['year 2019', { year: 2019 }], ['the chamber', { organization: 'cciaa-mi-mb-lo' }]])(
    'January 2019 → January 2020: totals, computed vs stated total growth, per-platform rates (%s)',
    (_name, filters) => {
      const m = buildYearOnYear(visible(filters), all, FOLLOWERS, labels)!;
      expect(m.organization).toBe('cciaa-mi-mb-lo');
      expect(m.previous!.value).toBe(22680);
      expect(m.previous!.asOf).toBe('2019-01-01');
      expect(m.current.value).toBe(29378);
      expect(m.current.asOf).toBe('2020-01-01');
      expect(m.computed).toBeCloseTo(((29378 - 22680) / 22680) * 100, 9);
      expect(m.stated).toHaveLength(1);
      expect(m.stated[0]!.fact.value).toBe(29.5);
      expect(m.stated[0]!.check!.agrees).toBe(true);
      expect(m.platforms.map((p) => [p.label, p.stated])).toEqual([['Facebook', 52], ['LinkedIn', 46], ['Twitter', 3.2]]);
    },
  );

  it.each([
    ['year 2020: Assolombarda, no earlier total', { year: 2020 }, 'assolombarda', 74936],
    ['Assolombarda', { organization: 'assolombarda' }, 'assolombarda', 74936],
    ['year 2018: the chamber on 1 January 2019, no earlier total', { year: 2018 }, 'cciaa-mi-mb-lo', 22680],
  ])('shows a lone total for %s', (_name, filters, organization, value) => {
    const m = buildYearOnYear(visible(filters), all, FOLLOWERS, labels)!;
    expect([m.organization, m.current.value, m.previous, m.computed, m.stated, m.platforms]).toEqual([organization, value, null, null, [], []]);
  });

  it.each([['year 2017', { year: 2017 }], ['area communication', { area: 'communication' as const }]])('is null for %s', (_name, filters) => {
    expect(buildYearOnYear(visible(filters), all, FOLLOWERS, labels)).toBeNull();
  });

  it('is null without facts; a stated growth without a previous year is kept but not checked', () => {
    expect(buildYearOnYear([], [], FOLLOWERS, labels)).toBeNull();
    const lone = [fact('social.followers', 100), fact('social.followers.growth', 10, { unit: 'percent' })];
    const m = buildYearOnYear(lone, lone, FOLLOWERS, labels)!;
    expect(m.previous).toBeNull();
    expect(m.computed).toBeNull();
    expect(m.stated[0]!.check).toBeNull();
  });
});
