/** Entry of the reader thread: reads the PDF handed over in workerData and posts the content or the failure back. */
import { parentPort, workerData } from 'node:worker_threads';
import { readPdf } from './read-pages.js';
import type { ReaderRequest, ReaderResponse } from './reader.js';

const request = workerData as ReaderRequest;
readPdf(request.bytes, { maxPages: request.maxPages }).then(
  (content) => post({ ok: true, content }),
  (error: unknown) => post({ ok: false, failure: { name: errorName(error), message: error instanceof Error ? error.message : String(error) } }),
);

function post(response: ReaderResponse): void {
  parentPort?.postMessage(response);
}

function errorName(error: unknown): string {
  return error !== null && typeof error === 'object' && 'name' in error && typeof error.name === 'string' ? error.name : 'Error';
}
