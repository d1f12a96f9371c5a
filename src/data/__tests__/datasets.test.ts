import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetSchema, manifestSchema } from '../schema';

const dataDir = resolve(__dirname, '../../../public/data');
const readJson = (file: string): unknown => JSON.parse(readFileSync(resolve(dataDir, file), 'utf8'));
const manifest = manifestSchema.parse(readJson('manifest.json'));

describe.each(manifest.datasets)('dataset $file', ({ id, file }) => {
  const parsed = datasetSchema.safeParse(readJson(file));

  it('passes its schema', () => {
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 5)).toEqual([]);
  });

  it('carries the id the manifest gives it', () => {
    expect(parsed.data?.id).toBe(id);
  });

  it('has unique ids across facts, indicators, lists and records', () => {
    const data = parsed.data!;
    const ids = [
      ...data.facts.map((f) => f.id),
      ...data.indicators.map((i) => i.id),
      ...data.lists.map((l) => l.id),
      ...data.records.map((r) => r.id),
    ];
    const dupes = ids.filter((x, i) => ids.indexOf(x) !== i);
    expect(dupes).toEqual([]);
  });

  it('points only at facts that exist', () => {
    const data = parsed.data!;
    const factIds = new Set(data.facts.map((f) => f.id));
    const refs = [
      ...data.lists.flatMap((l) => l.items.flatMap((item) => item.factIds ?? [])),
      ...data.records.flatMap((r) => r.factIds ?? []),
    ];
    expect(refs.filter((r) => !factIds.has(r))).toEqual([]);
  });

  it('labels every dimension value it uses', () => {
    const data = parsed.data!;
    const missing = data.facts.flatMap((f) =>
      Object.entries(f.dimensions ?? {})
        .filter(([key, value]) => !data.dimensions[key]?.[value])
        .map(([key, value]) => `${f.id}: ${key}=${value}`),
    );
    expect(missing).toEqual([]);
  });

  it('names a known organization for every fact', () => {
    const data = parsed.data!;
    const orgs = Object.keys(data.organizations);
    expect(orgs).toContain(data.source.organization);
    expect(data.facts.filter((f) => f.organization && !orgs.includes(f.organization)).map((f) => f.id)).toEqual([]);
  });
});
