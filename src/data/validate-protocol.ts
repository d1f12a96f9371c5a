import type { DataLoadErrorData } from './fetch-json';
import { datasetSchema, manifestSchema, type Dataset, type Manifest } from './schema';

/** The schemas a file can be checked against, by name (a name crosses to the worker, a schema cannot). */
export const SCHEMAS = { manifest: manifestSchema, dataset: datasetSchema };
export type SchemaName = keyof typeof SCHEMAS;
export interface Parsed {
  manifest: Manifest;
  dataset: Dataset;
}

export interface ValidateRequest {
  id: number;
  schema: SchemaName;
  url: string;
  text: string;
}

export type ValidateReply = { id: number; data: unknown; error?: undefined } | { id: number; error: DataLoadErrorData };
