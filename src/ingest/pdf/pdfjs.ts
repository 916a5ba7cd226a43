/**
 * pdf.js, loaded once per reader thread, with changes that make reading several times faster: two to the thread's
 * globals, fifteen to pdf.js's worker code (worker-patch.ts), and a channel of our own between pdf.js's two halves
 * (port.ts), set up once and used for every file. The changes to globals are safe only because the reader thread runs
 * nothing but pdf.js and our own code.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import type { PDFWorker } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SameThreadPort } from './port.js';
import { patchWorkerSource } from './worker-patch.js';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** pdf.js with the worker every document of this thread is read through, and the channel under it. */
export interface LoadedPdfjs {
  pdfjs: Pdfjs;
  worker: PDFWorker;
  port: SameThreadPort;
  /** The worker-code patches in effect (worker-patch.ts); none when the patched code did not load. */
  patches: readonly string[];
}

/** What pdf.js's worker code registers on globalThis when it is imported (it ships no types). */
interface WorkerGlobal {
  pdfjsWorker?: { WorkerMessageHandler?: { initializeFromPort(port: SameThreadPort): void } };
}

const WORKER_MODULE = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

let loaded: Promise<LoadedPdfjs> | undefined;

/** The pdf.js API, its worker code loaded into this thread, and the worker that joins them. */
export function loadPdfjs(): Promise<LoadedPdfjs> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<LoadedPdfjs> {
  const push = Array.prototype.push;
  installInflate();
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const patches = await loadWorkerCode();
  // The legacy build's core-js replaces Array.prototype.push with a JavaScript version, because V8's does not throw
  // when an array-like reaches 2^53 − 1 elements. No one here gets near that, and the native push makes reading a
  // report about a quarter faster.
  Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
  const port = new SameThreadPort();
  return { pdfjs, worker: connectWorker(pdfjs, port), port, patches };
}

/**
 * pdf.js's worker code listening on our channel, and the API's worker object on the other end. This is how pdf.js
 * connects to a worker given as a port; one connection serves every document, each with its own handler on both sides.
 */
function connectWorker(pdfjs: Pdfjs, port: SameThreadPort): PDFWorker {
  const handler = (globalThis as WorkerGlobal).pdfjsWorker?.WorkerMessageHandler;
  if (!handler) throw new Error('pdf.js worker code did not register itself');
  handler.initializeFromPort(port);
  // The declared type of `port` is too narrow (null): pdf.js accepts any object with postMessage and listeners.
  const options = { port, verbosity: pdfjs.VerbosityLevel.ERRORS } as unknown as ConstructorParameters<typeof pdfjs.PDFWorker>[0];
  return new pdfjs.PDFWorker(options);
}

/**
 * pdf.js's worker code with our patches, imported from its patched text; pdf.js unchanged when no patch applies to
 * this version or the patched code does not load.
 */
async function loadWorkerCode(): Promise<string[]> {
  const path = createRequire(import.meta.url).resolve(WORKER_MODULE);
  const { source, applied } = patchWorkerSource(await readFile(path, 'utf8'));
  if (applied.length > 0) {
    try {
      await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
      return applied;
    } catch {
      // Falls through to the original code below.
    }
  }
  await import(WORKER_MODULE);
  return [];
}

/** Largest output of one compressed stream; anything bigger is left to pdf.js's own decoder. */
const MAX_INFLATED = 128 * 1024 * 1024;

const DECODERS: Record<string, (bytes: Buffer) => Buffer> = {
  deflate: (bytes) => inflateSync(bytes, { maxOutputLength: MAX_INFLATED }),
  'deflate-raw': (bytes) => inflateRawSync(bytes, { maxOutputLength: MAX_INFLATED }),
  gzip: (bytes) => gunzipSync(bytes, { maxOutputLength: MAX_INFLATED }),
};

/**
 * pdf.js inflates every Flate stream through the web-streams DecompressionStream. A PDF printed by Chromium carries
 * hundreds of tiny glyph programs, and the web-streams machinery costs far more than the inflating: this stand-in
 * does the same job with one synchronous zlib call. It fails where the real one fails (corrupt or truncated data,
 * an unknown format), and pdf.js then falls back to its own decoder, as it does with the real one.
 */
function installInflate(): void {
  class Inflate {
    /**
     * The whole stream inflated at once, or null where the stream fails (pdf.js then decodes it itself). The patched
     * worker code (worker-patch.ts, sync-inflate) calls this instead of going through the stream's writer and reader,
     * whose promises cost more than inflating a small stream; the result is a fresh array, as pdf.js makes one.
     */
    static decodeSync(format: string, bytes: Uint8Array): Uint8Array | null {
      const decode = DECODERS[format];
      if (!decode) return null;
      try {
        return new Uint8Array(decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
      } catch {
        return null;
      }
    }

    readonly writable: { getWriter(): { ready: Promise<void>; write(chunk: Uint8Array): Promise<void>; close(): Promise<void> } };
    readonly readable: AsyncIterable<Uint8Array>;

    constructor(format: string) {
      const decode = DECODERS[format];
      if (!decode) throw new TypeError(`Unsupported compression format: ${format}`);
      const chunks: Uint8Array[] = [];
      let closed = () => {};
      const whenClosed = new Promise<void>((resolve) => (closed = resolve));
      this.writable = {
        getWriter: () => ({
          ready: Promise.resolve(),
          write: async (chunk) => void chunks.push(chunk),
          close: async () => closed(),
        }),
      };
      this.readable = {
        async *[Symbol.asyncIterator]() {
          await whenClosed;
          const [only] = chunks;
          const input = chunks.length === 1 && only ? Buffer.from(only.buffer, only.byteOffset, only.byteLength) : Buffer.concat(chunks);
          const output = decode(input);
          yield new Uint8Array(output.buffer, output.byteOffset, output.byteLength);
        },
      };
    }
  }
  Object.defineProperty(globalThis, 'DecompressionStream', { value: Inflate, writable: true, configurable: true, enumerable: false });
}
