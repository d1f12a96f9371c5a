import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type FactFilters } from '../../../../data/facts';
import { indicatorsForFilters } from '../scorecard-data';
import { areaTable, countByArea, countCompared, countStatuses, rateExtremes } from '../status-summary';
import { areas, indicators } from './fixtures';

// Figures typed from the Relazione sulla Performance 2019 (002_…): 70 plan indicators + 6 PIRA-only ones;
// "Obiettivo non raggiunto" 12 times in the plan tables and once (6.0.3) in the PIRA tables; 4.2.4 states no outcome.
describe('countStatuses', () => {
  it('counts the whole report', () => {
    expect(countStatuses(indicators)).toEqual({ achieved: 62, not_achieved: 13, not_stated: 1, total: 76, stated: 75, rate: (62 / 75) * 100 });
  });

  it.each([
    ['performance-plan', 57, 12, 1],
    ['pira-not-in-plan', 5, 1, 0],
  ] as const)('counts the %s table: %i achieved, %i not, %i not stated', (table, achieved, notAchieved, notStated) => {
    const c = countStatuses(indicators.filter((i) => i.table === table));
    expect([c.achieved, c.not_achieved, c.not_stated]).toEqual([achieved, notAchieved, notStated]);
  });

  it('gives no rate when nothing has a stated outcome (the denominator leaves "not stated" out)', () => {
    expect(countStatuses([])).toEqual({ achieved: 0, not_achieved: 0, not_stated: 0, total: 0, stated: 0, rate: null });
    expect(countStatuses([{ status: 'not_stated' }]).rate).toBeNull();
    expect(countStatuses([{ status: 'achieved' }, { status: 'not_stated' }]).rate).toBe(100);
  });
});

describe('countCompared', () => {
  // 55 indicators print a numeric target; 1.1.4 and 1.1.7 (7.329 of 7.329, 190 of 190 firms: 100%), 4.2.1 (2 laboratories and
  // two more initiatives against "Almeno 2") and 6.0.1 (costs over income at most 1) are now compared too, and 1.1.2, 1.1.3,
  // 1.1.5 by their "Percentuale di raggiungimento". Only PIRA 6.1.2 (1 survey against 2, "raggiunto") disagrees.
  it('compares every indicator with a numeric target with its result', () => {
    expect(countCompared(indicators)).toEqual({ numeric: 55, compared: 55, agreeing: 54 });
  });

  it.each(['cciaa19.plan.1.1.4', 'cciaa19.plan.1.1.7', 'cciaa19.plan.4.2.1', 'cciaa19.pira.6.0.1', 'cciaa19.plan.1.1.2'])('counts %s as compared', (id) => {
    expect(countCompared(indicators.filter((i) => i.id === id))).toEqual({ numeric: 1, compared: 1, agreeing: 1 });
  });

  it('leaves out yes/no and date targets, which have no number to compare', () => {
    expect(countCompared(indicators.filter((i) => i.target.value === undefined))).toEqual({ numeric: 0, compared: 0, agreeing: 0 });
  });
});

describe('countByArea', () => {
  const rows = countByArea(indicators, areas, 'it', (c) => `Area ${c}`);

  it.each([
    // area, achieved, not achieved, not stated, total
    ['1', 11, 5, 0, 16],
    ['2', 10, 1, 0, 11],
    ['3', 9, 3, 0, 12],
    ['4', 8, 1, 1, 10],
    ['5', 6, 2, 0, 8],
    ['6', 18, 1, 0, 19],
  ] as const)('area %s: %i achieved, %i not, %i not stated of %i', (code, a, n, s, total) => {
    const row = rows.find((r) => r.code === code)!;
    expect([row.achieved, row.not_achieved, row.not_stated, row.total]).toEqual([a, n, s, total]);
    expect(row.rate).toBeCloseTo((a / (a + n)) * 100, 10);
  });

  it('names areas from the data, in code order', () => {
    expect(rows.map((r) => r.code)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(rows[0]!.name).toBe('P.A. SEMPLICE E DIGITALE');
    expect(countByArea(indicators, areas, 'en', String)[5]!.name).toBe('Enabling factors');
  });

  it('finds the highest and lowest rate: enabling factors 18/19, simple and digital PA 11/16', () => {
    const ext = rateExtremes(rows)!;
    expect([ext.best.code, ext.worst.code]).toEqual(['6', '1']);
    expect(ext.worst.rate).toBe(68.75);
  });

  it.each([
    [{ year: 2019 }, 6],
    [{ year: 2020 }, 0],
    [{ area: 'performance' }, 6],
    [{ area: 'staff' }, 0],
    [{ territory: 'milano' }, 1], // 4.3.1 (Milan logistics hub) and 4.3.2 (Milano 2030) are about Milan only
    [{ territory: 'pavia' }, 0],
    [{ organization: 'assolombarda' }, 0],
  ] as [Partial<FactFilters>, number][])('respects the global filters %o (%i areas)', (filters, n) => {
    const kept = indicatorsForFilters(indicators, { ...NO_FILTERS, ...filters });
    expect(countByArea(kept, areas, 'it', String)).toHaveLength(n);
    expect(rateExtremes(countByArea(kept, areas, 'it', String)) === null).toBe(n === 0);
  });

  it('builds the table alternative with a total row', () => {
    const table = areaTable(rows, countStatuses(indicators), { area: 'A', achieved: 'R', not_achieved: 'N', not_stated: 'S', total: 'T', rate: '%', totalRow: 'Totale' });
    expect(table.rows).toHaveLength(7);
    expect(table.rows[6]).toEqual({ area: 'Totale', achieved: 62, not_achieved: 13, not_stated: 1, total: 76, rate: (62 / 75) * 100 });
  });
});
