import { describe, expect, it } from 'vitest';
import { runChecks, GROWTH_TOLERANCE_POINTS, PARTS_TOLERANCE, type CheckResult, type CheckSpec } from '../checks';
import type { GrowthCheckResult, PartsCheckResult, TargetCheckResult } from '../checks/types';
import { datasetSchema, type DatasetInput, type Indicator, type Unit } from '../schema';
import { loadDataset } from './dataset-fixtures';

type FactInput = DatasetInput['facts'][number];

/** A fact of 2020 for a synthetic dataset. */
function fact(metric: string, value: number, dimensions?: Record<string, string>, unit: Unit = 'count'): FactInput {
  const id = [metric, ...Object.values(dimensions ?? {})].join('.');
  return { id, year: 2020, area: 'members', territory: 'milano', metric, dimensions, value, unit, label: { it: id, en: id }, provenance: { section: 's', label: 'l' } };
}

function synthetic(facts: FactInput[], organization = 'org', indicators: DatasetInput['indicators'] = []) {
  return datasetSchema.parse({
    schemaVersion: 1, id: 'synthetic', organizations: { [organization]: { it: 'O', en: 'O' } }, facts, indicators,
    source: { id: 'synthetic', title: 'T', publisher: 'P', organization, kind: 'annual-report', year: 2020, years: [2020], file: 'f.txt', description: { it: 'd', en: 'd' } },
  });
}

function indicator(code: string, direction: 'gte' | 'lte' | 'eq' | 'yes_no', target: number | undefined, result: number | undefined, status: Indicator['status'], units: [Unit?, Unit?] = ['count', 'count']): NonNullable<DatasetInput['indicators']>[number] {
  return {
    id: `i.${code}`, code, table: 'performance-plan', year: 2020, territory: 'milano', areaCode: '1', objectiveCode: '1.1',
    name: { it: code, en: code }, type: 't', formula: 'f', status, responsibleUnits: [], tags: [], provenance: { section: 's', label: 'l' },
    target: { stated: String(target), value: target, unit: units[0], direction }, result: { stated: String(result), value: result, unit: units[1] },
  };
}

const real = ['assolombarda-2020.json', 'sviluppo-pmi-2020.json', 'cciaa-performance-2019.json', 'lavoro-milano-2018.json'].map(loadDataset);
const results = runChecks(real);
const at = (checkId: string, factId: string) => results.find((r) => r.id === `${checkId}@${factId}`);

describe('runChecks on the four real datasets', () => {
  type PartsRow = [checkId: string, totalFactId: string, outcome: string, parts: number[], sum: number, total: number, difference: number];
  // Figures typed from the documents; sums and differences worked out by hand from them.
  it.each<PartsRow>([
    ['members.size-classes.firms', 'aslo20.members.firms', 'pass', [5996, 704, 96], 6796, 6796, 0],
    ['members.size-classes.employees', 'aslo20.members.employees', 'pass', [120218, 143163, 151059], 414440, 414440, 0],
    ['members.groups.firms', 'aslo20.members.firms.group-total', 'pass', [1737, 731, 1749, 358, 181, 192, 138, 202, 185, 249, 233, 176], 6131, 6131, 0],
    ['members.groups.employees', 'aslo20.members.employees.group-total', 'pass', [93130, 55545, 106922, 17880, 12034, 29364, 17964, 7202, 9190, 25185, 11693, 7103], 393212, 393212, 0],
    ['members.outside-groups.firms', 'aslo20.members.firms.group-total', 'warning', [6131], 6131, 6796, 665],
    ['members.outside-groups.employees', 'aslo20.members.employees.group-total', 'warning', [393212], 393212, 414440, 21228],
    ['members.cancelled.reasons', 'aslo20.members.cancelled.firms', 'pass', [250, 190], 440, 440, 0],
    ['press.channels', 'aslo20.press.items', 'pass', [5102, 758], 5860, 5860, 0],
    ['social.platforms.views', 'aslo20.social.views', 'warning', [8452299, 1531300, 1016966, 1394848, 1683104], 14078517, 14726633, 648116],
    ['social.platforms.interactions', 'aslo20.social.interactions', 'warning', [166362, 15564, 37264, 5106], 224296, 244556, 20260],
    ['social.platforms.followers', 'aslo20.social.followers', 'warning', [19137, 22300, 21031, 5398, 3493], 71359, 74936, 3577],
    ['staff.posts', 'cciaa19.staff.posts.total', 'pass', [11, 10, 103, 255, 10, 51, 3], 443, 443, 0],
    ['staff.filled', 'cciaa19.staff.filled.total', 'pass', [11, 8, 85, 213, 10, 47, 0], 374, 374, 0],
    ['tourism.edt.offers', 'cciaa19.edt.offers.lombardia', 'pass', [6142, 390], 6532, 6532, 0],
    ['tourism.edt.offers', 'cciaa19.edt.offers.cciaa', 'pass', [1742, 38], 1780, 1780, 0],
    ['credit.orientation.meetings', 'cciaa19.credit.orientation.individual-meetings.h2', 'pass', [8, 16], 24, 24, 0],
    ['credit.orientation.meetings', 'cciaa19.credit.orientation.individual-meetings.q4', 'pass', [5, 12], 17, 17, 0],
    ['youth.reciprocity.participants', 'cciaa19.youth.reciprocity.total', 'pass', [51, 53], 104, 104, 0],
    ['labour.employed.change.age-bands', 'lavmi.labour.employed.change_since_2008', 'warning', [-74000, 63000], -11000, 90000, 101000],
  ])('%s at %s: %s, parts %j sum to %i against %i (difference %i)', (checkId, factId, outcome, parts, sum, total, difference) => {
    const r = at(checkId, factId) as PartsCheckResult | undefined;
    expect(r?.outcome).toBe(outcome);
    expect(r?.numbers?.parts.map((p) => p.value)).toEqual(parts);
    expect(r?.numbers).toMatchObject({ sum, total, difference });
  });

  it.each<[checkId: string, factId: string, explanation: string]>([
    ['members.outside-groups.firms', 'aslo20.members.firms.group-total', 'outside'],
    ['social.platforms.views', 'aslo20.social.views', 'parts-below-total'],
    ['members.groups.firms', 'aslo20.members.firms.group-total', 'parts-match'],
  ])('%s explains itself as %s', (checkId, factId, explanation) => {
    expect(at(checkId, factId)?.explanation).toBe(explanation);
  });

  it('labels parts with the dataset’s dimension labels', () => {
    const r = at('members.groups.firms', 'aslo20.members.firms.group-total') as PartsCheckResult;
    expect(r.numbers?.parts[0]?.label.it).toMatch(/^A\b/);
    expect(r.sourceIds).toEqual(['assolombarda-2020']);
  });

  type GrowthRow = [factId: string, outcome: string, stated: number, from: [number, number], to: [number, number], computed: number, difference: number];
  it.each<GrowthRow>([
    // "incremento del 175,15% (2.867.204 nel 2020, contro gli 1.042.043 del 2019)" and the box "+ 175,5%"
    ['web.users.growth@aslo20.web.users.growth.text', 'pass', 175.15, [2019, 1042043], [2020, 2867204], 175.15, 0],
    ['web.users.growth@aslo20.web.users.growth.highlight', 'warning', 175.5, [2019, 1042043], [2020, 2867204], 175.15, 0.35],
    // "Totale follower 01/2019: 22.680 … 01/2020: 29.378 … +29,5%"
    ['social.followers.growth@cciaa19.social.followers.growth.total', 'pass', 29.5, [2018, 22680], [2019, 29378], 29.53, -0.03],
  ])('%s: %s (stated %d%%)', (id, outcome, stated, from, to, computed, difference) => {
    const r = results.find((x) => x.id === id) as GrowthCheckResult | undefined;
    expect(r?.outcome).toBe(outcome);
    expect(r?.numbers?.stated).toBe(stated);
    expect([r?.numbers?.from.year, r?.numbers?.from.value]).toEqual(from);
    expect([r?.numbers?.to.year, r?.numbers?.to.value]).toEqual(to);
    expect(r?.numbers?.computed).toBeCloseTo(computed, 2);
    expect(r?.numbers?.difference).toBeCloseTo(difference, 1);
  });

  it('checks only the growth stated without other dimensions (no per-platform follower counts exist)', () => {
    expect(results.filter((r) => r.checkId === 'social.followers.growth').map((r) => r.id)).toEqual([
      'social.followers.growth@cciaa19.social.followers.growth.total',
    ]);
  });

  describe('indicators: stated status against target and result', () => {
    const r = results.find((x) => x.checkId === 'indicators.status') as TargetCheckResult;

    it('warns, and lists PIRA 6.1.2 (target 2 surveys, 1 done, marked achieved) as the disagreement', () => {
      expect(r.outcome).toBe('warning');
      expect(r.numbers?.disagreements.map((d) => [d.table, d.code, d.direction, d.target, d.result, d.status, d.numbersSay])).toEqual([
        ['pira-not-in-plan', '6.1.2', 'gte', 2, 1, 'achieved', 'not_achieved'],
      ]);
      expect(r.numbers!.agreeing).toBe(r.numbers!.compared - 1);
    });

    it.each<[table: string, code: string, direction: string, target: number, result: number, status: string]>([
      ['performance-plan', '2.4.1', 'gte', 10, 8, 'not_achieved'],
      ['performance-plan', '3.1.1', 'gte', 90, 89, 'not_achieved'],
      ['performance-plan', '6.1.1', 'lte', -6, -11, 'achieved'],
      ['performance-plan', '6.4.1', 'gte', 20, 29.5, 'achieved'],
      ['pira-not-in-plan', '6.0.2', 'lte', 34, 33, 'achieved'],
      ['pira-not-in-plan', '6.0.3', 'gte', 36, 33, 'not_achieved'],
    ])('%s %s agrees: target %s %d, result %d, %s', (table, code, direction, target, result, status) => {
      const c = r.numbers?.comparisons.find((x) => x.table === table && x.code === code);
      expect(c).toMatchObject({ direction, target, result, status, agrees: true });
    });

    it.each<[table: string, code: string, direction: string, target: number, result: number, basis: string]>([
      // 7.329 of 7.329 firms and 190 of 190: 100% against a 100% target.
      ['performance-plan', '1.1.4', 'gte', 100, 100, 'numbers'],
      ['performance-plan', '1.1.7', 'gte', 100, 100, 'numbers'],
      // Two laboratories and two more initiatives against "Almeno 2".
      ['performance-plan', '4.2.1', 'gte', 2, 4, 'numbers'],
      // Current costs over current income: covered when the ratio is at most 1.
      ['pira-not-in-plan', '6.0.1', 'lte', 1, 1, 'numbers'],
      // Only "Percentuale di raggiungimento: 55" is printed: met at 100.
      ['performance-plan', '1.1.2', 'lte', -10, 55, 'attainment'],
    ])('%s %s is compared: target %s %d, result %d (%s)', (table, code, direction, target, result, basis) => {
      const c = r.numbers?.comparisons.find((x) => x.table === table && x.code === code);
      expect(c).toMatchObject({ direction, target, result, basis, agrees: true });
    });

    it('compares every indicator with a numeric target (55 of the 76), and none with a yes/no or date target', () => {
      const numeric = real.find((d) => d.id === 'cciaa-performance-2019')!.indicators.filter((i) => i.target.value !== undefined);
      expect([numeric.length, r.numbers?.compared, r.numbers?.notComparable]).toEqual([55, 55, 21]);
      expect(r.numbers?.comparisons.some((x) => x.code === '1.3.1')).toBe(false);
    });
  });

  it('gives every result a unique id, a source and a scope; no check is not-applicable with all data loaded', () => {
    expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
    expect(results.filter((r) => r.outcome === 'not-applicable')).toEqual([]);
    expect(results.every((r) => r.sourceIds.length === 1 && r.scope.year !== undefined)).toBe(true);
  });

  it('says not-applicable, not nothing, when a dataset failed to load', () => {
    const without = runChecks(real.filter((d) => d.id !== 'assolombarda-2020'));
    const social = without.filter((r) => r.checkId === 'social.platforms.views');
    expect(social).toMatchObject([{ outcome: 'not-applicable', explanation: 'dataset-missing', sourceIds: [] }]);
    expect(without.find((r) => r.checkId === 'staff.posts')?.outcome).toBe('pass');
  });
});

describe('runChecks on small synthetic datasets', () => {
  const spec: CheckSpec = {
    kind: 'parts-vs-total', id: 't.parts', organization: 'org', area: 'members', title: { it: 'T', en: 'T' }, metric: 'm', partDimension: 'p',
  };
  const parts = (a: number, b: number, total: number) => [fact('m', total), fact('m', a, { p: 'a' }), fact('m', b, { p: 'b' })];

  it.each<[label: string, facts: ReturnType<typeof fact>[], outcome: string, explanation: string, difference?: number]>([
    ['parts add up', parts(3, 4, 7), 'pass', 'parts-match', 0],
    ['parts short of the total', parts(3, 4, 10), 'warning', 'parts-below-total', 3],
    ['parts above the total', parts(3, 4, 6), 'warning', 'parts-above-total', -1],
    ['a total without parts', [fact('m', 7)], 'not-applicable', 'facts-missing'],
    ['parts without a total', [fact('m', 3, { p: 'a' })], 'not-applicable', 'facts-missing'],
    ['no facts at all', [], 'not-applicable', 'facts-missing'],
  ])('%s → %s', (_label, facts, outcome, explanation, difference) => {
    const [r] = runChecks([synthetic(facts)], [spec]) as PartsCheckResult[];
    expect(r).toMatchObject({ outcome, explanation });
    expect(r?.numbers?.difference).toBe(difference);
  });

  it('says dataset-missing when no dataset of the publisher is loaded', () => {
    expect(runChecks([synthetic([], 'other-org')], [spec])).toMatchObject([{ outcome: 'not-applicable', explanation: 'dataset-missing' }]);
  });

  it('adds exactly: the parts tolerance is zero', () => {
    expect(PARTS_TOLERANCE).toBe(0);
  });

  it('ignores a comparison-year total that has no parts', () => {
    const facts = [...parts(3, 4, 7), { ...fact('m', 5), id: 'm.prev', year: 2019 }];
    expect(runChecks([synthetic(facts)], [spec]).map((r) => r.outcome)).toEqual(['pass']);
  });

  describe('stated growth and its rounding tolerance', () => {
    const growth: CheckSpec = {
      kind: 'stated-vs-computed-growth', id: 't.growth', organization: 'org', area: 'social', title: { it: 'G', en: 'G' },
      metric: 'u', growthMetric: 'u.growth', statementDimension: 'statement',
    };
    const facts = (stated: number) => [{ ...fact('u', 100), id: 'u.2019', year: 2019 }, fact('u', 110), fact('u.growth', stated, undefined, 'percent')];

    it('is ±0,05 percentage points', () => {
      expect(GROWTH_TOLERANCE_POINTS).toBe(0.05);
    });

    it.each<[stated: number, outcome: CheckResult['outcome']]>([
      [10, 'pass'],
      [10.05, 'pass'], // on the edge: one-decimal rounding of 10,05 is within
      [9.95, 'pass'],
      [10.06, 'warning'],
      [9.94, 'warning'],
      [11, 'warning'],
    ])('100 → 110 (+10%%) stated as %d%% → %s', (stated, outcome) => {
      const [r] = runChecks([synthetic(facts(stated))], [growth]) as GrowthCheckResult[];
      expect(r?.outcome).toBe(outcome);
      expect(r?.numbers?.computed).toBe(10);
    });

    it('is not applicable without the previous value', () => {
      const r = runChecks([synthetic([fact('u', 110), fact('u.growth', 10, undefined, 'percent')])], [growth]);
      expect(r).toMatchObject([{ outcome: 'not-applicable', explanation: 'facts-missing' }]);
    });
  });

  describe('indicator status against the numbers', () => {
    const targets: CheckSpec = { kind: 'target-vs-result', id: 't.targets', organization: 'org', area: 'performance', title: { it: 'I', en: 'I' } };
    const run = (...list: ReturnType<typeof indicator>[]) => runChecks([synthetic([], 'org', list)], [targets])[0] as TargetCheckResult;

    it.each<[label: string, ind: ReturnType<typeof indicator>, agrees: boolean]>([
      ['≥ met, achieved', indicator('1', 'gte', 10, 12, 'achieved'), true],
      ['≥ missed, achieved', indicator('1', 'gte', 10, 9, 'achieved'), false],
      ['≥ missed, not achieved', indicator('1', 'gte', 10, 9, 'not_achieved'), true],
      ['≤ met, achieved', indicator('1', 'lte', -6, -11, 'achieved'), true],
      ['≤ met, not achieved', indicator('1', 'lte', 34, 33, 'not_achieved'), false],
      ['= met, achieved', indicator('1', 'eq', 1, 1, 'achieved'), true],
      ['= missed, achieved', indicator('1', 'eq', 1, 2, 'achieved'), false],
    ])('%s → agrees %s', (_label, ind, agrees) => {
      const r = run(ind);
      expect(r.outcome).toBe(agrees ? 'pass' : 'warning');
      expect(r.numbers?.comparisons[0]?.agrees).toBe(agrees);
    });

    it.each<[label: string, ind: ReturnType<typeof indicator>]>([
      ['different units', indicator('1', 'gte', 100, 7329, 'achieved', ['percent', 'firms'])],
      ['a yes/no target', indicator('1', 'yes_no', 1, 1, 'achieved')],
      ['no result number', indicator('1', 'gte', 10, undefined, 'achieved')],
      ['no stated status', indicator('1', 'gte', 10, 12, 'not_stated')],
    ])('%s is not comparable, so the check is not applicable', (_label, ind) => {
      expect(run(ind)).toMatchObject({ outcome: 'not-applicable', explanation: 'facts-missing' });
    });

    it.each<[attainment: number, status: Indicator['status'], agrees: boolean]>([
      [100, 'achieved', true],
      [96, 'not_achieved', true],
      [96, 'achieved', false],
      [120, 'not_achieved', false],
    ])('with only an attainment of %d%%, %s agrees: %s', (attainment, status, agrees) => {
      const ind = indicator('1', 'lte', -5, undefined, status, ['percent', undefined]);
      const r = run({ ...ind, result: { stated: `Percentuale di raggiungimento: ${attainment}`, attainmentPct: attainment } });
      expect(r.numbers?.comparisons[0]).toMatchObject({ basis: 'attainment', result: attainment, agrees });
    });

    it('counts what it could not compare', () => {
      const r = run(indicator('1', 'gte', 10, 12, 'achieved'), indicator('2', 'yes_no', undefined, undefined, 'achieved'));
      expect(r.numbers).toMatchObject({ compared: 1, agreeing: 1, notComparable: 1 });
    });
  });
});
