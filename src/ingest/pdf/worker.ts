/** Entry of the reader thread: reads each PDF posted to it, one at a time, and posts the content or the failure back. */
import { parentPort } from 'node:worker_threads';
import { readPdf } from './read-pages.js';
import type { ReaderAnswer, ReaderRequest } from './reader.js';
import { packContent } from './wire.js';

parentPort?.on('message', (request: ReaderRequest) => {
  readPdf(request.bytes, { maxPages: request.maxPages }).then(
    (content) => post({ id: request.id, response: { ok: true, content: packContent(content) } }),
    (error: unknown) =>
      post({ id: request.id, response: { ok: false, failure: { name: errorName(error), message: error instanceof Error ? error.message : String(error) } } }),
  );
});

function post(answer: ReaderAnswer): void {
  parentPort?.postMessage(answer);
}

function errorName(error: unknown): string {
  return error !== null && typeof error === 'object' && 'name' in error && typeof error.name === 'string' ? error.name : 'Error';
}
