import { describe, expect, it } from 'vitest';
import { flattenFacts, NO_FILTERS, type FactFilters } from '../../../../data/facts';
import { groupIndicators } from '../group-indicators';
import { buildIndicatorDetail } from '../indicator-detail';
import { buildStaff, staffTable } from '../staff';
import { wrapLabel } from '../wrap-label';
import { scorecardMessages } from '../../messages';
import { areas, codesOf, datasets, indicators } from './fixtures';

const labels = { area: (c: string) => `Area ${c}`, objective: (c: string) => `Obiettivo ${c}`, notInPlan: 'Non nel Piano' };

describe('groupIndicators', () => {
  const groups = groupIndicators(indicators, areas, 'it', labels);

  it('groups area → objective, with the PIRA-only indicators under their own heading at the end of their area', () => {
    expect(groups.map((g) => [g.code, g.count])).toEqual([['1', 16], ['2', 11], ['3', 12], ['4', 10], ['5', 8], ['6', 19]]);
    const six = groups[5]!;
    expect(six.objectives.map((o) => o.key)).toEqual(['6.1', '6.2', '6.3', '6.4', 'pira']);
    const pira = six.objectives.at(-1)!;
    expect(pira.notInPlan).toBe(true);
    expect(codesOf(pira.indicators)).toEqual(['6.0.1', '6.0.2', '6.0.3', '6.1.1', '6.1.2']);
    expect(codesOf(groups[0]!.objectives.find((o) => o.key === 'pira')!.indicators)).toEqual(['1.1.5']);
  });

  it('keeps the report order inside an objective, and the two objectives named "ECOSISTEMA DIGITALE" apart', () => {
    const one = groups[0]!;
    expect(codesOf(one.objectives[0]!.indicators)).toEqual(['1.1.1', '1.1.2', '1.1.3', '1.1.4', '1.1.5', '1.1.6', '1.1.7', '1.1.8']);
    expect(one.objectives.slice(0, 2).map((o) => [o.code, o.name])).toEqual([['1.1', 'ECOSISTEMA DIGITALE'], ['1.2', 'ECOSISTEMA DIGITALE']]);
  });

  it('is empty for no indicators', () => {
    expect(groupIndicators([], areas, 'it', labels)).toEqual([]);
  });
});

describe('buildStaff', () => {
  const facts = flattenFacts(datasets);
  const build = (f: Partial<FactFilters>) => buildStaff(facts, datasets, { ...NO_FILTERS, ...f }, 'it');

  it('reads posts and filled posts per category at 1 January 2020: 443 posts, 374 filled', () => {
    const staff = build({})!;
    // "Dotazione organica al 1° gennaio 2020"
    expect(staff.rows.map((r) => [r.label, r.posts, r.filled])).toEqual([
      ['Dirigenti', 11, 11], ['Categoria D3', 10, 8], ['Categoria D1', 103, 85], ['Categoria C', 255, 213],
      ['Categoria B3', 10, 10], ['Categoria B1', 51, 47], ['Categoria A', 3, 0],
    ]);
    expect([staff.posts, staff.filled, staff.sumsMatch, staff.asOf, staff.year]).toEqual([443, 374, true, '2020-01-01', 2019]);
    expect([staff.mostVacant?.key, staff.mostVacant?.vacant]).toEqual(['c', 42]);
    expect(staffTable(staff, { category: 'C', posts: 'P', filled: 'O', vacant: 'V', total: 'Totale' }).rows.at(-1)).toEqual({ category: 'Totale', posts: 443, filled: 374, vacant: 69 });
  });

  it.each([
    [{ year: 2019 }, true],
    [{ year: 2020 }, false],
    [{ area: 'staff' }, true],
    [{ area: 'performance' }, false],
    [{ territory: 'cciaa-area' }, true],
    [{ territory: 'milano' }, false],
  ] as [Partial<FactFilters>, boolean][])('global filters %o → data: %s', (f, present) => {
    expect(build(f) !== null).toBe(present);
  });
});

describe('buildIndicatorDetail', () => {
  it('shows target and result as stated and as numbers, the source line and the shortfall', () => {
    const i = indicators.find((x) => x.id === 'cciaa19.plan.1.1.1')!;
    const d = buildIndicatorDetail(i, areas, datasets[1]!.source, scorecardMessages.it, 'it');
    const value = (key: string) => d.fields.find((f) => f.key === key)?.value;
    expect(d.title.startsWith('1.1.1 · Grado di utilizzo del budget')).toBe(true);
    expect([value('targetStated'), value('targetNumber'), value('resultNumber'), value('line')]).toEqual(['>=95%', '95%', '47%', '412']);
    expect(value('shortfall')).toBe('-48 punti — risultato 47% contro target ≥\u00a095%');
    expect(d.inconsistency).toBeUndefined();
  });

  it('says when the stated outcome contradicts the figures', () => {
    const i = indicators.find((x) => x.id === 'cciaa19.pira.6.1.2')!;
    const d = buildIndicatorDetail(i, areas, undefined, scorecardMessages.en, 'en');
    expect(d.inconsistency).toContain('result 1, target 2');
    expect(d.fields.find((f) => f.key === 'originalName')?.lang).toBe('it');
    expect(d.fields.some((f) => f.key === 'shortfall')).toBe(false);
  });

  it.each([
    // The PIRA-only tables have a description column (rendered in our words); the plan tables do not.
    ['cciaa19.pira.6.0.1', true],
    ['cciaa19.pira.1.1.5', true],
    ['cciaa19.plan.1.1.1', false],
  ])('%s shows what it measures: %s', (id, has) => {
    const i = indicators.find((x) => x.id === id)!;
    const d = buildIndicatorDetail(i, areas, undefined, scorecardMessages.it, 'it');
    expect(d.fields.some((f) => f.key === 'description' && f.value.length > 0)).toBe(has);
  });
});

describe('wrapLabel (axis ticks)', () => {
  it.each([
    ['1 P.A. SEMPLICE E DIGITALE', 30, 2, ['1 P.A. SEMPLICE E DIGITALE']],
    ['3 IMPRESE SOLIDE, INNOVATIVE, INTERNAZIONALI', 30, 2, ['3 IMPRESE SOLIDE, INNOVATIVE,', 'INTERNAZIONALI']],
    ['3 IMPRESE SOLIDE, INNOVATIVE, INTERNAZIONALI', 15, 2, ['3 IMPRESE', 'SOLIDE,…']],
    ['', 10, 2, []],
  ] as const)('%j at %i chars, %i lines', (text, max, lines, expected) => {
    expect(wrapLabel(text, max, lines)).toEqual(expected);
  });
});
