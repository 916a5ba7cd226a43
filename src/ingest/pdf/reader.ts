/**
 * Runs the pdf.js reader in its own thread so that a hostile or broken PDF can be stopped: a time limit terminates
 * the thread, which a promise race on the main thread could not do while pdf.js is busy parsing.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PdfContent } from './read-pages.js';

export interface ReaderRequest {
  bytes: Uint8Array;
  maxPages: number;
}

/** What went wrong inside the reader: pdf.js's exception name (`PasswordException`, `InvalidPDFException`, …). */
export interface ReaderFailure {
  name: string;
  message: string;
}

export type ReaderResponse = { ok: true; content: PdfContent } | { ok: false; failure: ReaderFailure };

export type ReaderOutcome = ReaderResponse | { ok: false; failure: { name: 'Timeout' | 'OutOfMemory' | 'WorkerCrash'; message: string } };

/** Heap allowed to the reader thread: plenty for a long report, a stop for files built to exhaust memory. */
const HEAP_LIMIT_MB = 2048;

// The worker is this module's sibling with the same extension: worker.js once compiled, worker.ts when the sources
// run under tsx (tests, development). Worker threads do not inherit tsx's loader in Node 20, so the .ts entry is
// started through a bootstrap that registers tsx in the thread first.
const extension = extname(fileURLToPath(import.meta.url));
const workerUrl = new URL(`./worker${extension}`, import.meta.url);
const tsBootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl.href)}); })`;

function startWorker(request: ReaderRequest, transfer: ArrayBuffer): Worker {
  const options = { workerData: request, transferList: [transfer], resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB } };
  return extension === '.ts' ? new Worker(tsBootstrap, { ...options, eval: true }) : new Worker(workerUrl, options);
}

/** Reads the PDF in a worker thread; never rejects, never outlives `timeoutMs`. */
export function readInWorker(bytes: Uint8Array, maxPages: number, timeoutMs: number): Promise<ReaderOutcome> {
  return new Promise((resolve) => {
    // A copy with its own buffer, so the transfer detaches nothing of the caller's (a Buffer's slice() would share).
    const copy = new Uint8Array(bytes);
    const request: ReaderRequest = { bytes: copy, maxPages };
    const worker = startWorker(request, copy.buffer as ArrayBuffer);
    let settled = false;
    const finish = (outcome: ReaderOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(
      () => finish({ ok: false, failure: { name: 'Timeout', message: `reading took longer than ${timeoutMs} ms` } }),
      timeoutMs,
    );
    worker.once('message', (response: ReaderResponse) => finish(response));
    worker.once('error', (error: Error & { code?: string }) =>
      finish({ ok: false, failure: { name: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'OutOfMemory' : 'WorkerCrash', message: error.message } }),
    );
    worker.once('exit', (code) => finish({ ok: false, failure: { name: 'WorkerCrash', message: `reader exited with code ${code}` } }));
  });
}
