/// <reference lib="webworker" />
// The data validator, off the page's main thread: the page fetches a file's text and posts it
// here; parsing and checking it against the schema (tens of milliseconds on a phone) happen here.
import { parseJson, toErrorData } from './fetch-json';
import { SCHEMAS, type ValidateReply, type ValidateRequest } from './validate-protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ValidateRequest>) => {
  const { id, schema, url, text } = event.data;
  let reply: ValidateReply;
  try {
    reply = { id, data: parseJson(text, SCHEMAS[schema], url) };
  } catch (err) {
    reply = { id, error: toErrorData(err, url) };
  }
  self.postMessage(reply);
};
