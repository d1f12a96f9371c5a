import { readFileSync } from 'node:fs';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataQueryOptions } from '../queries';

afterEach(() => vi.unstubAllGlobals());

const bundled = (name: string) => readFileSync(`public/data/${name}`, 'utf8');
const nameOf = (input: RequestInfo | URL) => String(input).slice(String(input).lastIndexOf('/') + 1);

/** A server with the bundled files, where `answer` may replace the response to a file's request (by its count, from 1). */
function serve(answer: (name: string, count: number) => Response | Error | undefined = () => undefined) {
  const counts = new Map<string, number>();
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const name = nameOf(input);
    const count = (counts.get(name) ?? 0) + 1;
    counts.set(name, count);
    const replaced = answer(name, count);
    if (replaced instanceof Error) throw replaced;
    return replaced ?? new Response(bundled(name));
  });
  vi.stubGlobal('fetch', fetch);
  return (name: string) => counts.get(name) ?? 0;
}

const load = () => new QueryClient({ defaultOptions: { queries: { retry: false } } }).fetchQuery(dataQueryOptions());

describe('the data query (the manifest, then each file it lists)', () => {
  it('loads every file of the manifest, in its order, with its date', async () => {
    serve();
    const manifest = JSON.parse(bundled('manifest.json')) as { updated: string; datasets: { id: string }[] };
    const data = await load();
    expect(data.updated).toBe(manifest.updated);
    expect(data.files.map((f) => [f.id, f.data?.id, f.error])).toEqual(manifest.datasets.map((d) => [d.id, d.id, undefined]));
  });

  it('keeps the other files when one is missing, and asks for the missing one once', async () => {
    const asked = serve((name) => (name === 'lavoro-milano-2018.json' ? new Response('no', { status: 404 }) : undefined));
    const data = await load();
    const broken = data.files.find((f) => f.id === 'lavoro-milano-2018');
    expect(broken?.data).toBeUndefined();
    expect([broken?.error?.kind, broken?.error?.status]).toEqual(['http', 404]);
    expect(data.files.filter((f) => f.data)).toHaveLength(data.files.length - 1);
    expect(asked('lavoro-milano-2018.json')).toBe(1);
  });

  it('asks again for a file the network lost, and has it', async () => {
    const asked = serve((name, count) => (name === 'assolombarda-2020.json' && count === 1 ? new TypeError('Failed to fetch') : undefined));
    const data = await load();
    expect(data.files.find((f) => f.id === 'assolombarda-2020')?.data?.id).toBe('assolombarda-2020');
    expect(asked('assolombarda-2020.json')).toBe(2);
  });

  it('fails as a whole when the manifest cannot be read', async () => {
    serve((name) => (name === 'manifest.json' ? new Response('<html>', { status: 200 }) : undefined));
    await expect(load()).rejects.toMatchObject({ name: 'DataLoadError', kind: 'json' });
  });
});
