/**
 * Runs the pdf.js reader in a thread of its own so that a hostile or broken PDF can be stopped: a time limit
 * terminates the thread, which a promise race on the main thread could not do while pdf.js is busy parsing.
 *
 * Starting a thread and loading pdf.js into it costs far more than reading an ordinary report, so one thread is
 * kept and handed file after file, one at a time. It is replaced after a timeout, a crash or running out of memory,
 * and after a fixed number of files (so nothing pdf.js leaks can pile up); it never keeps the process alive while
 * idle, and stops after a while without work to give its memory back.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { PdfContent } from './read-pages.js';
import { unpackContent, type PackedContent } from './wire.js';

export interface ReaderRequest {
  /** Sequence number of the request within its thread; the answer carries it back. */
  id: number;
  bytes: Uint8Array;
  maxPages: number;
}

/** What went wrong inside the reader: pdf.js's exception name (`PasswordException`, `InvalidPDFException`, …). */
export interface ReaderFailure {
  name: string;
  message: string;
}

export type ReaderResponse = { ok: true; content: PdfContent } | { ok: false; failure: ReaderFailure };

/** The message the thread posts back for a request: the content packed for the journey (wire.ts). */
export interface ReaderAnswer {
  id: number;
  response: { ok: true; content: PackedContent } | { ok: false; failure: ReaderFailure };
}

export type ReaderOutcome = ReaderResponse | { ok: false; failure: { name: 'Timeout' | 'OutOfMemory' | 'WorkerCrash'; message: string } };

export interface ReaderLimits {
  /** Heap allowed to the reader thread, in MB: plenty for a long report, a stop for files built to exhaust memory. */
  heapLimitMb: number;
  /** Files one thread reads before it is replaced. */
  filesPerThread: number;
  /** Milliseconds without work after which the thread is stopped. */
  idleMs: number;
}

export const READER_DEFAULTS: ReaderLimits = { heapLimitMb: 2048, filesPerThread: 200, idleMs: 15_000 };

/**
 * Space for the reader thread's short-lived objects, in MB. pdf.js makes them at a high rate: with V8's default the
 * thread spent about 11 ms of each Chromium-printed report collecting garbage, with 64 MB about 8 ms, for some 20 MB
 * more resident memory (128 MB saves 3 ms more for 100 MB more).
 */
const YOUNG_GENERATION_MB = 64;

// The worker is this module's sibling with the same extension: worker.js once compiled, worker.ts when the sources
// run under tsx (tests, development). Worker threads do not inherit tsx's loader in Node 20, so the .ts entry is
// started through a bootstrap that registers tsx in the thread first.
const extension = extname(fileURLToPath(import.meta.url));
const workerUrl = new URL(`./worker${extension}`, import.meta.url);
const tsBootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl.href)}); })`;

/**
 * The process's Node options for the thread, less `--input-type`: a thread started from a file refuses it, and a
 * program run as `node --input-type=module -e …` would otherwise have every PDF fail.
 */
function workerExecArgv(): string[] {
  const args: string[] = [];
  for (let i = 0; i < process.execArgv.length; i++) {
    const arg = process.execArgv[i] ?? '';
    if (arg === '--input-type') i++;
    else if (!arg.startsWith('--input-type=')) args.push(arg);
  }
  return args;
}

/**
 * A thread refuses V8 options given to the process (`node --max-semi-space-size=32 …`). When it does, it is started
 * again with only the options that load code (`--import`, `--require`, `--loader`, `--conditions`, `--experimental-…`),
 * which is all the reader needs from them.
 */
function startWorker(resourceLimits: ResourceLimits): Worker {
  const start = (execArgv: string[]): Worker => {
    const options = { resourceLimits, execArgv };
    return extension === '.ts' ? new Worker(tsBootstrap, { ...options, eval: true }) : new Worker(workerUrl, options);
  };
  const all = workerExecArgv();
  try {
    return start(all);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    return start(codeLoadingArgs(all));
  }
}

const CODE_LOADING = /^(--import|--require|-r|--loader|--experimental-loader|--conditions|-C|--experimental-[\w-]+)(=|$)/;

function codeLoadingArgs(args: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const match = CODE_LOADING.exec(arg);
    if (!match) continue;
    kept.push(arg);
    // `--import tsx` carries its value in the next argument; `--experimental-…` switches carry none.
    const takesValue = match[2] === '' && !arg.startsWith('--experimental-');
    const value = args[i + 1];
    if (takesValue && value !== undefined) {
      kept.push(value);
      i++;
    }
  }
  return kept;
}

interface Pending {
  id: number;
  resolve: (outcome: ReaderOutcome) => void;
  timer: NodeJS.Timeout;
}

/** One reader thread and the request it is working on, if any. */
class ReaderThread {
  readonly worker: Worker;
  /** Requests handed to this thread so far. */
  served = 0;
  pending: Pending | null = null;
  dead = false;

  constructor(heapLimitMb: number, onGone: (thread: ReaderThread, failure: ReaderOutcome) => void) {
    const resourceLimits = { maxOldGenerationSizeMb: heapLimitMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
    this.worker = startWorker(resourceLimits);
    this.worker.unref();
    this.worker.on('message', (answer: ReaderAnswer) => {
      const pending = this.pending;
      if (this.dead || !pending || answer.id !== pending.id) return;
      const { response } = answer;
      this.settle(response.ok ? { ok: true, content: unpackContent(response.content) } : response);
    });
    this.worker.on('error', (error: Error & { code?: string }) => {
      const name = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'OutOfMemory' : 'WorkerCrash';
      onGone(this, { ok: false, failure: { name, message: error.message } });
    });
    this.worker.on('exit', (code) => onGone(this, { ok: false, failure: { name: 'WorkerCrash', message: `reader exited with code ${code}` } }));
  }

  /** Hands one file over; the thread holds the event loop only while it works. */
  start(bytes: Uint8Array, maxPages: number, timeoutMs: number, resolve: (outcome: ReaderOutcome) => void, onTimeout: () => void): void {
    // A copy with its own buffer, so the transfer detaches nothing of the caller's (a Buffer's slice() would share).
    const copy = new Uint8Array(bytes);
    const id = ++this.served;
    this.pending = { id, resolve, timer: setTimeout(onTimeout, timeoutMs) };
    this.worker.ref();
    const request: ReaderRequest = { id, bytes: copy, maxPages };
    this.worker.postMessage(request, [copy.buffer as ArrayBuffer]);
  }

  /** Answers the request in progress, if there is one. */
  settle(outcome: ReaderOutcome): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    clearTimeout(pending.timer);
    if (!this.dead) this.worker.unref();
    pending.resolve(outcome);
  }

  stop(): void {
    this.dead = true;
    void this.worker.terminate();
  }
}

/** Reads PDFs in one reused, isolated thread; requests wait their turn, and each gets its whole time limit. */
export class PdfReader {
  private thread: ReaderThread | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private idleTimer: NodeJS.Timeout | null = null;
  private readonly limits: ReaderLimits;
  /** Threads started so far, for tests and diagnostics. */
  threadsStarted = 0;

  constructor(limits: Partial<ReaderLimits> = {}) {
    this.limits = { ...READER_DEFAULTS, ...limits };
  }

  /** Reads the PDF; never rejects, and never lets one file run longer than `timeoutMs` once its turn has come. */
  read(bytes: Uint8Array, maxPages: number, timeoutMs: number): Promise<ReaderOutcome> {
    const turn = this.queue
      .then(() => this.readNow(bytes, maxPages, timeoutMs))
      // A thread that could not even be started: this file fails, and the queue goes on for the next one.
      .catch((error: unknown): ReaderOutcome => ({ ok: false, failure: { name: 'WorkerCrash', message: error instanceof Error ? error.message : String(error) } }));
    this.queue = turn;
    return turn;
  }

  /** Stops the thread now (it would stop by itself when idle). */
  close(): void {
    this.clearIdle();
    this.retire(this.thread, { ok: false, failure: { name: 'WorkerCrash', message: 'reader closed' } });
  }

  private readNow(bytes: Uint8Array, maxPages: number, timeoutMs: number): Promise<ReaderOutcome> {
    this.clearIdle();
    if (this.thread && this.thread.served >= this.limits.filesPerThread) this.retire(this.thread, null);
    const thread = (this.thread ??= this.startThread());
    return new Promise<ReaderOutcome>((resolve) => {
      const done = (outcome: ReaderOutcome) => {
        this.scheduleIdle();
        resolve(outcome);
      };
      try {
        thread.start(bytes, maxPages, timeoutMs, done, () =>
          this.retire(thread, { ok: false, failure: { name: 'Timeout', message: `reading took longer than ${timeoutMs} ms` } }),
        );
      } catch (error) {
        // Copying or posting the bytes failed (memory): the thread is in an unknown state and goes.
        const failure: ReaderOutcome = { ok: false, failure: { name: 'WorkerCrash', message: error instanceof Error ? error.message : String(error) } };
        const handedOver = thread.pending !== null;
        this.retire(thread, failure);
        if (!handedOver) done(failure);
      }
    });
  }

  private startThread(): ReaderThread {
    this.threadsStarted++;
    return new ReaderThread(this.limits.heapLimitMb, (thread, failure) => this.retire(thread, failure));
  }

  /** Stops a thread for good: its request in progress, if any, gets `failure`; the next request starts a new one. */
  private retire(thread: ReaderThread | null, failure: ReaderOutcome | null): void {
    if (!thread || thread.dead) return;
    thread.stop();
    if (this.thread === thread) this.thread = null;
    if (failure) thread.settle(failure);
  }

  private scheduleIdle(): void {
    this.clearIdle();
    this.idleTimer = setTimeout(() => this.retire(this.thread, null), this.limits.idleMs);
    this.idleTimer.unref();
  }

  private clearIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}

const shared = new PdfReader();

/** Reads the PDF in the shared reader thread; never rejects, never lets the file run longer than `timeoutMs`. */
export function readInWorker(bytes: Uint8Array, maxPages: number, timeoutMs: number): Promise<ReaderOutcome> {
  return shared.read(bytes, maxPages, timeoutMs);
}
