import { describe, expect, it } from 'vitest';
import { findFacts, loadDataset } from './dataset-fixtures';

// Figures typed by hand from the source text (002_8e5dc39e98d30e2a.txt), not copied from the JSON.
const data = loadDataset('cciaa-performance-2019.json');

type Row = [
  metric: string,
  dims: Record<string, string> | undefined,
  year: number,
  value: number,
  unit: string,
  qualifier: string,
  territory?: string,
];

const facts: Row[] = [
  // IL PERSONALE – Dotazione organica al 1° gennaio 2020
  ['staff.employees', undefined, 2019, 374, 'employees', 'exact'],
  ['staff.posts', { category: 'dirigenti' }, 2019, 11, 'count', 'exact'],
  ['staff.filled', { category: 'd3' }, 2019, 8, 'employees', 'exact'],
  ['staff.posts', { category: 'd1' }, 2019, 103, 'count', 'exact'],
  ['staff.filled', { category: 'd1' }, 2019, 85, 'employees', 'exact'],
  ['staff.posts', { category: 'c' }, 2019, 255, 'count', 'exact'],
  ['staff.filled', { category: 'c' }, 2019, 213, 'employees', 'exact'],
  ['staff.filled', { category: 'b1' }, 2019, 47, 'employees', 'exact'],
  ['staff.filled', { category: 'a' }, 2019, 0, 'employees', 'exact'],
  ['staff.posts', undefined, 2019, 443, 'count', 'exact'],
  ['staff.filled', undefined, 2019, 374, 'employees', 'exact'],
  // narrative
  ['salone.visitors', undefined, 2019, 400, 'visitors_per_day', 'exact'],
  ['pid.events', undefined, 2019, 62, 'events', 'exact'],
  ['pid.support_measures', undefined, 2019, 4, 'count', 'exact'],
  ['credit.orientation.group_meetings', undefined, 2019, 6, 'meetings', 'exact'],
  ['credit.orientation.survey', { question: 'satisfaction', answer: 'very' }, 2019, 50, 'percent', 'exact'],
  ['credit.orientation.survey', { question: 'satisfaction', answer: 'fairly' }, 2019, 38, 'percent', 'exact'],
  ['credit.orientation.survey', { question: 'usefulness', answer: 'very' }, 2019, 35, 'percent', 'exact'],
  ['credit.orientation.survey', { question: 'usefulness', answer: 'fairly' }, 2019, 54, 'percent', 'exact'],
  ['credit.orientation.individual_meetings', { period: 'h2' }, 2019, 24, 'meetings', 'exact'],
  ['credit.orientation.individual_meetings', { period: 'h2', segment: 'aspiring_entrepreneurs' }, 2019, 16, 'meetings', 'exact'],
  ['credit.orientation.individual_meetings', { period: 'q4' }, 2019, 17, 'meetings', 'exact'],
  ['credit.orientation.individual_meetings', { period: 'q4', segment: 'established_firms' }, 2019, 5, 'meetings', 'exact'],
  ['leonardo.tutoring.firms', undefined, 2019, 10, 'firms', 'exact'],
  ['leonardo.offers', undefined, 2019, 10, 'offers', 'exact'],
  ['tourism.edt.offers', undefined, 2019, 6532, 'offers', 'exact', 'lombardia'],
  ['tourism.edt.offers', { offer_type: 'accommodation' }, 2019, 6142, 'offers', 'exact', 'lombardia'],
  ['tourism.edt.offers', { offer_type: 'ancillary' }, 2019, 390, 'offers', 'exact', 'lombardia'],
  ['tourism.edt.offers', undefined, 2019, 1780, 'offers', 'exact'],
  ['tourism.edt.offers', { offer_type: 'accommodation' }, 2019, 1742, 'offers', 'exact'],
  ['tourism.edt.offers', { offer_type: 'ancillary' }, 2019, 38, 'offers', 'exact'],
  ['staff_initiatives.green_match.teams', undefined, 2019, 6, 'count', 'exact'],
  // social followers: January 2019 → year 2018, January 2020 → year 2019
  ['social.followers', undefined, 2018, 22680, 'followers', 'exact'],
  ['social.followers', undefined, 2019, 29378, 'followers', 'exact'],
  ['social.followers.growth', { platform: 'twitter' }, 2019, 3.2, 'percent', 'exact'],
  ['social.followers.growth', { platform: 'linkedin' }, 2019, 46, 'percent', 'exact'],
  ['social.followers.growth', { platform: 'facebook' }, 2019, 52, 'percent', 'exact'],
  ['social.followers.growth', undefined, 2019, 29.5, 'percent', 'exact'],
  // figures inside the indicator tables
  ['registry.errors.change', { practice: 'crafts' }, 2019, -37, 'percent', 'exact'],
  ['pid.specialist_assistance.firms', undefined, 2019, 227, 'firms', 'exact'],
  ['pid.first_assistance', undefined, 2019, 1528, 'count', 'exact'],
  ['youth.orientation.students', undefined, 2019, 801, 'people', 'exact'],
  ['youth.reciprocity.participants', { role: 'teachers' }, 2019, 51, 'people', 'exact'],
  ['youth.reciprocity.participants', undefined, 2019, 104, 'people', 'exact'],
  ['privacy.register.processing_activities', undefined, 2019, 280, 'count', 'exact'],
  ['media.mentions', { outlet: 'cittadino-monza' }, 2019, 2, 'press_items', 'exact'],
  ['media.mentions', undefined, 2019, 15, 'press_items', 'exact'],
];

describe('cciaa-performance-2019 facts', () => {
  it.each(facts)('%s %j %i = %d %s (%s) %s', (metric, dimensions, year, value, unit, qualifier, territory) => {
    // The same metric is given for Lombardy and for the chamber's area: territory tells them apart.
    const found = findFacts(data, { metric, year, dimensions }).filter(
      (f) => f.territory === (territory ?? 'cciaa-area'),
    );
    expect(found).toHaveLength(1);
    const fact = found[0]!;
    expect(fact.value).toBe(value);
    expect(fact.unit).toBe(unit);
    expect(fact.qualifier).toBe(qualifier);
  });

  it('keeps the Lombardy-wide EDT figure apart from the chamber area', () => {
    const edt = findFacts(data, { metric: 'tourism.edt.offers', year: 2019 });
    expect(edt.map((f) => `${f.territory}:${f.value}`).sort()).toEqual(['cciaa-area:1780', 'lombardia:6532']);
  });

  it('dates the staff table and the follower totals', () => {
    expect(findFacts(data, { metric: 'staff.posts', year: 2019 })[0]?.asOf).toBe('2020-01-01');
    expect(findFacts(data, { metric: 'social.followers', year: 2018 })[0]?.asOf).toBe('2019-01-01');
    expect(findFacts(data, { metric: 'social.followers', year: 2019 })[0]?.asOf).toBe('2020-01-01');
  });
});

type Ind = [
  code: string,
  table: 'performance-plan' | 'pira-not-in-plan',
  status: string,
  targetStated: string,
  resultValue: number | null,
  attainment: number | null,
  tags: string[],
];

const indicators: Ind[] = [
  ['1.1.1', 'performance-plan', 'not_achieved', '>=95%', 47, null, ['PIRA']],
  ['1.1.2', 'performance-plan', 'not_achieved', '-10%', null, 55, ['PIRA']],
  ['1.1.3', 'performance-plan', 'not_achieved', '-5%', null, 96, ['PIRA']],
  ['1.1.5', 'performance-plan', 'not_achieved', '-5%', null, 60, []],
  ['1.1.5', 'pira-not-in-plan', 'achieved', '1.300', 4064, null, ['PIRA']],
  ['1.2.1', 'performance-plan', 'achieved', '4.000', 5866, null, ['PIRA']],
  ['1.4.2', 'performance-plan', 'not_achieved', 'Realizzazione attività propedeutiche entro il 30.12', null, 95, ['PIRA']],
  ['1.4.3', 'performance-plan', 'achieved', '25.000', 29462, null, []],
  ['1.4.4', 'performance-plan', 'achieved', '2.000', 3353, null, []],
  ['2.2.1', 'performance-plan', 'achieved', 'Entro 31.12', null, null, ['PIRA', 'PPCT']],
  ['2.4.1', 'performance-plan', 'not_achieved', '10', 8, null, ['PIRA']],
  ['2.4.3', 'performance-plan', 'achieved', '200', 263, null, []],
  ['3.1.1', 'performance-plan', 'not_achieved', '>=90%', 89, null, ['PIRA', 'Pareto']],
  ['3.1.5', 'performance-plan', 'achieved', '500', 850, null, ['Kronos']],
  ['3.3.2', 'performance-plan', 'not_achieved', '>=90%', 88, null, ['PIRA']],
  ['4.1.1', 'performance-plan', 'not_achieved', '>=90%', 55, null, ['PIRA']],
  ['4.1.3', 'performance-plan', 'achieved', '1.000', 1780, null, ['Kronos']],
  ['4.2.4', 'performance-plan', 'not_stated', 'Entro il 31/3', null, null, []],
  ['5.1.1', 'performance-plan', 'not_achieved', '>=90%', 40, null, ['PIRA']],
  ['5.1.5', 'performance-plan', 'achieved', '10.000', 15697, null, []],
  ['5.1.6', 'performance-plan', 'not_achieved', 'Sì', null, 80, []],
  ['6.1.1', 'performance-plan', 'achieved', '≤-6', -11, null, ['PIRA']],
  ['6.1.1', 'pira-not-in-plan', 'achieved', '1', 1, null, []],
  ['6.2.1', 'performance-plan', 'achieved', 'Sì Affidamento servizi', null, null, ['PIRA', 'PPCT']],
  ['6.3.1', 'performance-plan', 'achieved', '50%', 88, null, ['PIRA']],
  ['6.4.1', 'performance-plan', 'achieved', '20%', 29.5, null, ['PIRA']],
  ['6.0.2', 'pira-not-in-plan', 'achieved', '34%', 33, null, ['Pareto']],
  ['6.0.3', 'pira-not-in-plan', 'not_achieved', '36%', 33, null, ['Pareto']],
];

describe('cciaa-performance-2019 indicators', () => {
  it('holds every indicator of every table (70 plan + 6 PIRA-only)', () => {
    expect(data.indicators.filter((i) => i.table === 'performance-plan')).toHaveLength(70);
    expect(data.indicators.filter((i) => i.table === 'pira-not-in-plan')).toHaveLength(6);
  });

  it('has all six strategic areas with their objectives', () => {
    expect(data.strategicAreas.map((a) => a.code)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(data.strategicAreas.flatMap((a) => a.objectives.map((o) => o.code))).toEqual([
      '1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '2.5', '3.1', '3.2', '3.3',
      '4.1', '4.2', '4.3', '5.1', '5.2', '6.1', '6.2', '6.3', '6.4',
    ]);
  });

  it.each(indicators)('%s (%s)', (code, table, status, targetStated, resultValue, attainment, tags) => {
    const found = data.indicators.filter((i) => i.code === code && i.table === table);
    expect(found).toHaveLength(1);
    const ind = found[0]!;
    expect(ind.status).toBe(status);
    expect(ind.target.stated).toBe(targetStated);
    if (resultValue !== null) expect(ind.result.value).toBe(resultValue);
    if (attainment !== null) expect(ind.result.attainmentPct).toBe(attainment);
    expect([...ind.tags].sort()).toEqual([...tags].sort());
  });
});
