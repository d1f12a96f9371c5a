import type { z } from 'zod/mini';

export type DataErrorKind = 'http' | 'network' | 'json' | 'schema';

/** A dataset that could not be loaded; `kind` lets the UI say what went wrong in the user's language. */
export class DataLoadError extends Error {
  readonly kind: DataErrorKind;
  readonly url: string;
  /** What went wrong, without the file name (the message is "<url>: <detail>"). */
  readonly detail: string;
  readonly status?: number;
  /** For schema errors: the first problems, each with its place in the file. */
  readonly issues: { path: string; message: string }[];

  constructor(kind: DataErrorKind, url: string, detail: string, opts: { status?: number; issues?: { path: string; message: string }[] } = {}) {
    super(`${url}: ${detail}`);
    this.name = 'DataLoadError';
    this.kind = kind;
    this.url = url;
    this.detail = detail;
    this.status = opts.status;
    this.issues = opts.issues ?? [];
  }
}

export const MAX_ISSUES = 5;

/** "facts[12].value" from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '') || '(root)';
}

/** Validate already-parsed JSON; used by fetchJson and by a file a user drops in. */
export function validateJson<S extends z.ZodMiniType>(json: unknown, schema: S, url: string): z.infer<S> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((i) => ({ path: formatPath(i.path), message: i.message }));
    throw new DataLoadError('schema', url, issues.map((i) => `${i.path}: ${i.message}`).join('; '), { issues });
  }
  return parsed.data;
}

/**
 * Fetch one file's bytes; a network failure or an HTTP error is a DataLoadError naming the file. Bytes,
 * not text: the page checks a file by the digest of its bytes, and encoding the text back into bytes
 * for that cost more than parsing it (4–9 ms for the largest file, on the main thread).
 */
export async function fetchBytes(url: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (err) {
    throw new DataLoadError('network', url, err instanceof Error ? err.message : String(err));
  }
  if (!response.ok) throw new DataLoadError('http', url, `HTTP ${response.status}`, { status: response.status });
  return response.arrayBuffer();
}

/** A file's text from its bytes, as `Response.text()` reads it (UTF-8; a byte-order mark is dropped). */
export const decodeText = (bytes: ArrayBuffer): string => new TextDecoder().decode(bytes);

/** Parse and validate a file's text; truncated or non-JSON text and schema problems are DataLoadErrors. */
export function parseJson<S extends z.ZodMiniType>(text: string, schema: S, url: string): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new DataLoadError('json', url, err instanceof Error ? err.message : String(err));
  }
  return validateJson(json, schema, url);
}

/** Fetch, parse and validate one JSON file; every failure is a DataLoadError naming the file. */
export async function fetchJson<S extends z.ZodMiniType>(url: string, schema: S, signal?: AbortSignal): Promise<z.infer<S>> {
  return parseJson(decodeText(await fetchBytes(url, signal)), schema, url);
}

/** A DataLoadError as plain data, to cross from the validation worker to the page. */
export interface DataLoadErrorData {
  kind: DataErrorKind;
  url: string;
  detail: string;
  status?: number;
  issues: { path: string; message: string }[];
}

export function toErrorData(err: unknown, url: string): DataLoadErrorData {
  if (err instanceof DataLoadError) return { kind: err.kind, url: err.url, detail: err.detail, status: err.status, issues: err.issues };
  return { kind: 'json', url, detail: err instanceof Error ? err.message : String(err), issues: [] };
}

export function fromErrorData(data: DataLoadErrorData): DataLoadError {
  return new DataLoadError(data.kind, data.url, data.detail, { status: data.status, issues: data.issues });
}
