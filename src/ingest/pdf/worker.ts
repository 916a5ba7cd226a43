/** Entry of the reader thread: reads each PDF posted to it, one at a time, and posts the content or the failure back. */
import { parentPort } from 'node:worker_threads';
import { readPdf } from './read-pages.js';
import type { ReaderAnswer, ReaderRequest, ReaderResponse } from './reader.js';

parentPort?.on('message', (request: ReaderRequest) => {
  readPdf(request.bytes, { maxPages: request.maxPages }).then(
    (content) => post(request.id, { ok: true, content }),
    (error: unknown) => post(request.id, { ok: false, failure: { name: errorName(error), message: error instanceof Error ? error.message : String(error) } }),
  );
});

function post(id: number, response: ReaderResponse): void {
  const answer: ReaderAnswer = { id, response };
  parentPort?.postMessage(answer);
}

function errorName(error: unknown): string {
  return error !== null && typeof error === 'object' && 'name' in error && typeof error.name === 'string' ? error.name : 'Error';
}
