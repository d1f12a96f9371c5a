import { describe, expect, it } from 'vitest';
import { applyScorecardFilters, matchesSearch } from '../filter-indicators';
import { buildFilterOptions, hasActiveFilters, NO_SCORECARD_FILTERS, parseScorecardFilters, type ScorecardFilters } from '../params';
import { normalizeText, slugify } from '../text';
import { areas, codesOf, idsOf, indicators } from './fixtures';

const options = buildFilterOptions(indicators, areas, 'it', (c) => `Area ${c}`);
const run = (f: Partial<ScorecardFilters>, opts?: { ignoreStatus?: boolean }) => applyScorecardFilters(indicators, { ...NO_SCORECARD_FILTERS, ...f }, opts);

describe('parseScorecardFilters (allow-list)', () => {
  it.each([
    [{}, NO_SCORECARD_FILTERS],
    [{ sa: '3', stato: 'not_achieved', tipo: 'efficacia', tag: 'PIRA', unita: 'camera-arbitrale', q: ' budget ' },
      { sa: '3', stato: 'not_achieved', tipo: 'efficacia', tag: 'PIRA', unita: 'camera-arbitrale', q: 'budget' }],
    [{ sa: '7', stato: 'raggiunto', tipo: 'efficacy', tag: 'pira', unita: 'nessuna', q: '   ' }, NO_SCORECARD_FILTERS],
    [{ sa: '6.0', tipo: 'qualita-percepita' }, { ...NO_SCORECARD_FILTERS, tipo: 'qualita-percepita' }],
    [{ stato: 'not_stated', tag: 'Kronos' }, { ...NO_SCORECARD_FILTERS, stato: 'not_stated', tag: 'Kronos' }],
  ] as [Record<string, string>, ScorecardFilters][])('%o → %o', (raw, expected) => {
    expect(parseScorecardFilters(raw, options)).toEqual(expected);
  });

  it('accepts nothing the data does not offer while the data is still loading', () => {
    expect(parseScorecardFilters({ sa: '1', tipo: 'efficacia', stato: 'achieved' }, { areas: [], types: [], units: [] }))
      .toEqual({ ...NO_SCORECARD_FILTERS, stato: 'achieved' });
  });

  it('offers the six areas, the seven types and merges unit spellings that differ only in case', () => {
    expect(options.areas.map((o) => o.value)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(options.types.map((o) => o.value).sort()).toEqual(['efficacia', 'efficienza', 'output', 'qualita-erogata', 'qualita-percepita', 'realizzazione', 'risultato']);
    expect(options.units.filter((o) => o.value === 'tutte-le-aree')).toEqual([{ value: 'tutte-le-aree', label: 'Tutte le Aree' }]);
    expect(hasActiveFilters(NO_SCORECARD_FILTERS)).toBe(false);
    expect(hasActiveFilters({ ...NO_SCORECARD_FILTERS, q: 'x' })).toBe(true);
  });
});

describe('applyScorecardFilters', () => {
  // Expected sets read from the document's tables (codes, tags under the codes, type and responsibility columns).
  it.each([
    ['no filter', {}, 76],
    ['area 1', { sa: '1' }, 16],
    ['area 6 (plan + PIRA-only)', { sa: '6' }, 19],
    ['achieved', { stato: 'achieved' }, 62],
    ['not achieved', { stato: 'not_achieved' }, 13],
    ['not stated', { stato: 'not_stated' }, 1],
    ['tag PIRA', { tag: 'PIRA' }, 32],
    ['tag PPCT', { tag: 'PPCT' }, 7],
    ['tag Pareto', { tag: 'Pareto' }, 4],
    ['tag Kronos', { tag: 'Kronos' }, 2],
    ['type efficienza', { tipo: 'efficienza' }, 6],
    ['type qualità percepita', { tipo: 'qualita-percepita' }, 2],
    ['unit Camera Arbitrale', { unita: 'camera-arbitrale' }, 4],
    ['unit "Tutte le Aree" in either spelling', { unita: 'tutte-le-aree' }, 5],
    ['PIRA and not achieved', { tag: 'PIRA', stato: 'not_achieved' }, 10],
    ['area 6 and PIRA', { sa: '6', tag: 'PIRA' }, 5],
  ] as [string, Partial<ScorecardFilters>, number][])('%s → %i', (_name, f, n) => {
    expect(run(f)).toHaveLength(n);
  });

  it.each([
    ['area 1, not achieved', { sa: '1', stato: 'not_achieved' }, ['1.1.1', '1.1.2', '1.1.3', '1.1.5', '1.4.2']],
    ['type qualità percepita', { tipo: 'qualita-percepita' }, ['3.1.3', '3.3.2']],
    ['tag Kronos', { tag: 'Kronos' }, ['3.1.5', '4.1.3']],
    ['not stated', { stato: 'not_stated' }, ['4.2.4']],
    ['area 4, not achieved', { sa: '4', stato: 'not_achieved' }, ['4.1.1']],
  ] as [string, Partial<ScorecardFilters>, string[]][])('%s → %j', (_name, f, codes) => {
    expect(codesOf(run(f))).toEqual(codes);
  });

  it.each([
    ['area 2 with tag Kronos', { sa: '2', tag: 'Kronos' }],
    ['area 1 with no stated outcome', { sa: '1', stato: 'not_stated' }],
    ['Pareto and type qualità erogata', { tag: 'Pareto', tipo: 'qualita-erogata' }],
    ['a search for a word that is not there', { q: 'meteo' }],
    ['a code of another area', { sa: '2', q: '1.1' }],
  ] as [string, Partial<ScorecardFilters>][])('combinations that match nothing: %s', (_name, f) => {
    expect(run(f)).toEqual([]);
  });

  it('ignores the status when asked (for the list of misses)', () => {
    expect(run({ sa: '1', stato: 'achieved' }, { ignoreStatus: true })).toHaveLength(16);
  });
});

describe('search', () => {
  it.each([
    ['SPID', ['cciaa19.plan.1.4.4']],
    ['spid', ['cciaa19.plan.1.4.4']],
    ['attivita regolate', ['cciaa19.plan.1.1.6']],
    ['ATTIVITÀ REGOLATE', ['cciaa19.plan.1.1.6']],
    ["cancellazione d'ufficio", ['cciaa19.plan.1.1.4', 'cciaa19.pira.1.1.5']],
    ['Cancellazione d’ufficio', ['cciaa19.plan.1.1.4', 'cciaa19.pira.1.1.5']],
    ['sovraindebitamento', ['cciaa19.plan.2.4.3']],
    ['counterfeiting', ['cciaa19.plan.2.2.2']],
    ['1.1.5', ['cciaa19.plan.1.1.5', 'cciaa19.pira.1.1.5']],
    ['6.0', ['cciaa19.pira.6.0.1', 'cciaa19.pira.6.0.2', 'cciaa19.pira.6.0.3']],
    ['qualità', []],
  ] as const)('"%s" finds %j', (q, ids) => {
    expect(idsOf(run({ q }))).toEqual(ids);
  });

  it('matches a code from its start, so "1.1" does not find 6.1.1', () => {
    expect(codesOf(run({ q: '1.1' }))).toEqual(['1.1.1', '1.1.2', '1.1.3', '1.1.4', '1.1.5', '1.1.5', '1.1.6', '1.1.7', '1.1.8']);
    expect(matchesSearch({ code: '6.1.1', name: { it: 'x', en: 'y' } }, '1.1')).toBe(false);
    expect(matchesSearch({ code: '6.1.1', name: { it: 'x', en: 'y' } }, '')).toBe(true);
  });

  it.each([
    ['Qualità  Erogata', 'qualita erogata', 'qualita-erogata'],
    ['Front end Registro delle imprese', 'front end registro delle imprese', 'front-end-registro-delle-imprese'],
    ['D’ufficio', "d'ufficio", 'd-ufficio'],
  ])('normalises %j → %j, slug %j', (text, normal, slug) => {
    expect(normalizeText(text)).toBe(normal);
    expect(slugify(text)).toBe(slug);
  });
});
