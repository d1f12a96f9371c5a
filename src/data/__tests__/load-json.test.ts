import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataLoadError } from '../fetch-json';
import { isChecked, loadJson } from '../load-json';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');
const manifestText = readFileSync('public/data/manifest.json', 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);

afterEach(() => vi.unstubAllGlobals());

describe('isChecked (a file the build checked is trusted by its digest)', () => {
  it('accepts the very bytes whose digest the build recorded, under the file’s name', async () => {
    expect(await isChecked('/data/m.json', bytes('{"a":1}'), { 'm.json': sha256('{"a":1}') })).toBe(true);
  });

  it('refuses a text changed by one character, and a file the build did not record', async () => {
    expect(await isChecked('/data/m.json', bytes('{"a":2}'), { 'm.json': sha256('{"a":1}') })).toBe(false);
    expect(await isChecked('/data/n.json', bytes('{"a":1}'), { 'm.json': sha256('{"a":1}') })).toBe(false);
  });
});

describe('loadJson', () => {
  it('parses the bundled manifest without starting the validation worker', async () => {
    const worker = vi.fn();
    vi.stubGlobal('Worker', worker);
    vi.stubGlobal('fetch', vi.fn(async () => new Response(manifestText)));
    expect(await loadJson('/data/manifest.json', 'manifest')).toEqual(JSON.parse(manifestText));
    expect(worker).not.toHaveBeenCalled();
  });

  it('still checks a bundled file whose text was changed after the build', async () => {
    const changed = manifestText.replace('"schemaVersion": 1', '"schemaVersion": "one"');
    expect(changed).not.toBe(manifestText);
    vi.stubGlobal('fetch', vi.fn(async () => new Response(changed)));
    const err = await loadJson('/data/manifest.json', 'manifest').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataLoadError);
    expect((err as DataLoadError).kind).toBe('schema');
  });
});
