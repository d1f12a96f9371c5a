import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareText } from '../compare';

/** Every string of the bundled data (labels, names, ids, notes), as the views may sort them. */
function dataStrings(): string[] {
  const dir = resolve(__dirname, '../../../public/data');
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) walk(JSON.parse(readFileSync(resolve(dir, f), 'utf8')));
  return [...out];
}

describe('compareText', () => {
  const collator = new Intl.Collator('it');

  it('sorts every string of the data as Italian collation does', () => {
    const strings = dataStrings();
    expect(strings.length).toBeGreaterThan(500);
    expect([...strings].sort(compareText)).toEqual([...strings].sort(collator.compare));
  });

  it('ignores accents and case first, then puts unaccented and lower case first', () => {
    const words = ['Qualità', 'qualita', 'Qualita', 'qualità', 'Quantità', 'età', 'eta', 'Etna'];
    expect([...words].sort(compareText)).toEqual([...words].sort(collator.compare));
  });

  it('puts spaces and punctuation before digits, digits before letters', () => {
    const words = ['Area 10', 'Area 1: servizi', 'Area 1 servizi', 'Area-1', 'Area_1', 'Area1', 'Areas', 'E-commerce', 'Eventi', 'e‑mail'];
    expect([...words].sort(compareText)).toEqual([...words].sort(collator.compare));
  });

  it('is 0 only for the same string', () => {
    expect(compareText('Milano', 'Milano')).toBe(0);
    expect(compareText('Milano', 'milano')).not.toBe(0);
  });
});
