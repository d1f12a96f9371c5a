import { describe, expect, it } from 'vitest';
import type { Messages } from '../i18n';

/** Every messages.ts and *-messages.ts of the app: Italian and English must have the same keys, at every depth, and no empty text. */
const modules = import.meta.glob<Record<string, Messages<unknown>>>(['../../**/messages.ts', '../../**/*-messages.ts'], { eager: true });

function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}()`];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  return [path];
}

function emptyStrings(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value.trim() ? [] : [path];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => emptyStrings(v, `${path}.${k}`));
  return [];
}

const dictionaries = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports).map(([name, messages]) => [`${file} ${name}`, messages] as const),
);

describe('dictionaries', () => {
  it('finds the dictionaries', () => {
    expect(dictionaries.length).toBeGreaterThanOrEqual(3);
  });

  it.each(dictionaries)('%s has the same keys in Italian and English', (_, messages) => {
    expect(shape(messages.en).sort()).toEqual(shape(messages.it).sort());
  });

  it.each(dictionaries)('%s has no empty text', (_, messages) => {
    expect([...emptyStrings(messages.it, 'it'), ...emptyStrings(messages.en, 'en')]).toEqual([]);
  });

  // The findings' sentences take a finding's parameters, not strings: their own tests call them (features/sources).
  const takingStrings = dictionaries.filter(([name]) => !name.includes('finding-messages.ts'));

  it.each(takingStrings)('%s functions give text in both languages', (_, messages) => {
    const call = (v: unknown): unknown[] =>
      typeof v === 'function' ? [(v as (...a: string[]) => unknown)('1', '2', '3')] : v && typeof v === 'object' ? Object.values(v).flatMap(call) : [];
    for (const out of [...call(messages.it), ...call(messages.en)]) expect(typeof out === 'string' && out.length > 0).toBe(true);
  });
});
