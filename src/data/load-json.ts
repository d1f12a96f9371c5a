import { decodeText, fetchBytes, fromErrorData, parseJson } from './fetch-json';
import type { Parsed, SchemaName, ValidateReply, ValidateRequest } from './validate-protocol';

/**
 * Loads a data file: the page fetches it (so the HTML's preloads are used). A file the build checked
 * (the same bytes, by their SHA-256: scripts/checked-data.ts) is simply parsed; any other text
 * (a file changed on the server, a development edit) goes to a worker that parses and validates it,
 * and the page receives plain checked data. Where workers are missing or the worker fails to start
 * (tests, odd browsers), the same checks run here, in a chunk of their own.
 */
type Waiting = { request: ValidateRequest; resolve: (v: unknown) => void; reject: (e: unknown) => void };

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, Waiting>();

const inThread = async ({ text, schema, url }: ValidateRequest) => parseJson(text, (await import('./validate-protocol')).SCHEMAS[schema], url);

function settle(w: Waiting, run: Promise<unknown>) {
  run.then(w.resolve, w.reject);
}

function validator(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = typeof Worker === 'undefined' ? null : new Worker(new URL('./validate-worker.ts', import.meta.url), { type: 'module', name: 'validate' });
  } catch {
    worker = null;
  }
  if (!worker) return null;
  worker.onmessage = (event: MessageEvent<ValidateReply>) => {
    const w = waiting.get(event.data.id);
    if (!w) return;
    waiting.delete(event.data.id);
    if (event.data.error) w.reject(fromErrorData(event.data.error));
    else w.resolve(event.data.data);
  };
  worker.onerror = (event) => {
    // The worker could not run: check here instead, now and from now on.
    event.preventDefault();
    worker?.terminate();
    worker = null;
    for (const w of waiting.values()) settle(w, inThread(w.request));
    waiting.clear();
  };
  return worker;
}

/** Whether `bytes` are the very file the build checked under this name (needs Web Crypto: a secure context). */
export async function isChecked(url: string, bytes: ArrayBuffer | Uint8Array<ArrayBuffer>, checked: Readonly<Record<string, string>> = __CHECKED_DATA__): Promise<boolean> {
  const expected = checked[url.slice(url.lastIndexOf('/') + 1)];
  if (!expected || !globalThis.crypto?.subtle) return false;
  try {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    return btoa(String.fromCharCode(...digest)) === expected;
  } catch {
    return false;
  }
}

export async function loadJson<N extends SchemaName>(url: string, schema: N, signal?: AbortSignal): Promise<Parsed[N]> {
  const bytes = await fetchBytes(url, signal);
  const checked = isChecked(url, bytes);
  const text = decodeText(bytes);
  if (await checked) return JSON.parse(text) as Parsed[N];
  const request: ValidateRequest = { id: nextId++, schema, url, text };
  const w = validator();
  if (!w) return (await inThread(request)) as Parsed[N];
  return new Promise<Parsed[N]>((resolve, reject) => {
    waiting.set(request.id, { request, resolve: resolve as (v: unknown) => void, reject });
    w.postMessage(request);
  });
}
