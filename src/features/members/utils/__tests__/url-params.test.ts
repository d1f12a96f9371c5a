import { describe, expect, it } from 'vitest';
import { metricParam, parseGroup, parseMetric, parseSort, sortParam } from '../url-params';

describe('URL parameters of the members view', () => {
  it.each([
    [undefined, 'firms'],
    ['', 'firms'],
    ['imprese', 'firms'],
    ['dipendenti', 'employees'],
    ['dipendenti-per-impresa', 'perFirm'],
    ['DIPENDENTI', 'employees'],
    ['perFirm', 'firms'],
    ['<script>', 'firms'],
  ])('metrica=%s → %s', (raw, want) => {
    expect(parseMetric(raw)).toBe(want);
  });

  it.each([
    [undefined, 'value'],
    ['valore', 'value'],
    ['lettera', 'letter'],
    ['letter', 'value'],
    ['zzz', 'value'],
  ])('ordine=%s → %s', (raw, want) => {
    expect(parseSort(raw)).toBe(want);
  });

  const keys = ['A', 'B', 'C', 'L', 'fuori'];
  it.each([
    [undefined, keys, null],
    ['', keys, null],
    ['A', keys, 'A'],
    ['c', keys, 'C'],
    ['fuori', keys, 'fuori'],
    ['FUORI', keys, 'fuori'],
    ['Z', keys, null],
    ['total', keys, null],
    ['A', [], null],
  ])('gruppo=%s → %s', (raw, available, want) => {
    expect(parseGroup(raw, available)).toBe(want);
  });

  it.each([
    ['firms', null],
    ['employees', 'dipendenti'],
    ['perFirm', 'dipendenti-per-impresa'],
  ] as const)('metric %s is written as %s (defaults leave the URL)', (metric, param) => {
    expect(metricParam(metric)).toBe(param);
    expect(parseMetric(param ?? undefined)).toBe(metric);
  });

  it.each([
    ['value', null],
    ['letter', 'lettera'],
  ] as const)('sort %s is written as %s', (sort, param) => {
    expect(sortParam(sort)).toBe(param);
    expect(parseSort(param ?? undefined)).toBe(sort);
  });
});
