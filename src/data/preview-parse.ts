import { z } from 'zod/mini';
import { datasetSchema, type Dataset } from './schema';

/** A stored preview, validated again: anything that no longer passes is dropped. */
export function parsePreview(raw: string): Dataset[] {
  try {
    const parsed = z.array(datasetSchema).safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
