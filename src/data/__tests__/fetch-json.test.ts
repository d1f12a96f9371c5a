import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataLoadError, decodeText, fetchJson, fromErrorData, toErrorData } from '../fetch-json';
import { loadJson } from '../load-json';
import { datasetSchema } from '../schema';

function respond(body: string, status = 200) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status })));
}

afterEach(() => vi.unstubAllGlobals());

async function failure(): Promise<DataLoadError> {
  try {
    await fetchJson('/data/x.json', datasetSchema);
  } catch (e) {
    return e as DataLoadError;
  }
  throw new Error('expected a failure');
}

describe('fetchJson', () => {
  it('names the file and the HTTP status of a missing file', async () => {
    respond('not found', 404);
    const err = await failure();
    expect(err).toBeInstanceOf(DataLoadError);
    expect(err.kind).toBe('http');
    expect(err.status).toBe(404);
    expect(err.message).toContain('/data/x.json');
  });

  it('reports a truncated file as invalid JSON', async () => {
    respond('{"schemaVersion": 1, "facts": [');
    expect((await failure()).kind).toBe('json');
  });

  it('lists the first schema problems with their place in the file', async () => {
    respond(JSON.stringify({ schemaVersion: 1, id: 'x', source: {}, organizations: {}, facts: [{ id: 'BAD ID', value: 'six' }] }));
    const err = await failure();
    expect(err.kind).toBe('schema');
    expect(err.issues.length).toBeGreaterThan(0);
    expect(err.issues.length).toBeLessThanOrEqual(5);
    expect(err.issues.map((i) => i.path)).toContain('source.id');
    expect(err.message).toContain('/data/x.json');
  });

  it('reports a network failure', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect((await failure()).kind).toBe('network');
  });
});

describe('errors across the validation worker', () => {
  it('keep their kind, file, status, message and issues', async () => {
    respond(JSON.stringify({ schemaVersion: 1, facts: [{ id: 'BAD ID' }] }));
    const original = await failure();
    const copy = fromErrorData(structuredClone(toErrorData(original, '/data/x.json')));
    expect(copy).toBeInstanceOf(DataLoadError);
    expect([copy.kind, copy.url, copy.status, copy.message]).toEqual([original.kind, original.url, original.status, original.message]);
    expect(copy.issues).toEqual(original.issues);
  });
});

describe('loadJson without a worker', () => {
  it('validates in the page and reports the same errors', async () => {
    respond('{"schemaVersion": 1, "facts": [');
    const err = await loadJson('/data/y.json', 'dataset').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataLoadError);
    expect((err as DataLoadError).kind).toBe('json');
    expect((err as DataLoadError).url).toBe('/data/y.json');
  });
});

describe('decodeText', () => {
  it('reads a file’s bytes as Response.text() does: UTF-8, without a byte-order mark', async () => {
    const body = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"città":"Milano è"}')]);
    expect(decodeText(body.buffer)).toBe('{"città":"Milano è"}');
    expect(decodeText(body.buffer)).toBe(await new Response(body).text());
  });
});
