/**
 * pdf.js, loaded once per reader thread, with two changes to the thread's globals that make reading several times
 * faster. Both are safe only because the reader thread runs nothing but pdf.js and our own code.
 */
import { gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** pdf.js's worker code: imported for its effect (it registers itself on globalThis); it ships no types. */
const WORKER_MODULE = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

let loaded: Promise<Pdfjs> | undefined;

/** The pdf.js API with its worker code preloaded into this thread (pdf.js's "fake worker" picks it up). */
export function loadPdfjs(): Promise<Pdfjs> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<Pdfjs> {
  const push = Array.prototype.push;
  installInflate();
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  await import(WORKER_MODULE);
  // The legacy build's core-js replaces Array.prototype.push with a JavaScript version, because V8's does not throw
  // when an array-like reaches 2^53 − 1 elements. No one here gets near that, and the native push makes reading a
  // report about a quarter faster.
  Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
  return pdfjs;
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
