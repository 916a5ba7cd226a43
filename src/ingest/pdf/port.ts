/**
 * The channel between pdf.js's two halves (its API and its "worker" code), which in the reader thread run in the same
 * thread. pdf.js's own channel for that case copies every message with structuredClone, as a real thread boundary
 * would, and a Chromium-printed report sends thousands of operators and text items across it: the copying was about
 * a sixth of the time spent reading such a file.
 *
 * This channel hands the two bulk messages over without copying them: the chunks of a page's operator list and of its
 * text content. The sender lets go of both as it sends them (OperatorList.flush empties its arrays, getTextContent
 * starts new item arrays), so the only copy needed is of the containers it goes on filling, taken at sending time.
 * A message of nothing but primitive values (the stream's pull, close and completion signals, a hundred or more per
 * file) is copied property by property, which is what a structured clone of it amounts to. Every other message is
 * copied with structuredClone as before. Delivery is on a later microtask, as with pdf.js's own channel.
 */
import type { TransferListItem } from 'node:worker_threads';

type Listener = (event: { data: unknown }) => void;

/** pdf.js's message for one chunk of a stream (MessageHandler, StreamKind.ENQUEUE). */
const ENQUEUE = 4;

export class SameThreadPort {
  readonly #listeners = new Set<Listener>();

  postMessage(message: unknown, transfer?: TransferListItem[] | null): void {
    const copied = handedOver(message) ?? (transfer ? undefined : flatCopy(message));
    const event = { data: copied ?? structuredClone(message, transfer ? { transfer } : undefined) };
    queueMicrotask(() => {
      for (const listener of this.#listeners) listener.call(this, event);
    });
  }

  addEventListener(_type: 'message', listener: Listener, options?: { signal?: AbortSignal | null }): void {
    const signal = options?.signal;
    if (signal?.aborted) return;
    this.#listeners.add(listener);
    signal?.addEventListener('abort', () => this.#listeners.delete(listener), { once: true });
  }

  removeEventListener(_type: 'message', listener: Listener): void {
    this.#listeners.delete(listener);
  }

  /** Listeners attached now: one pair for the connection, and one per document open. */
  get listenerCount(): number {
    return this.#listeners.size;
  }
}

/** The message as it can be handed over uncopied, or undefined when it is not an operator-list or text-content chunk. */
function handedOver(message: unknown): object | undefined {
  if (!isRecord(message) || message.stream !== ENQUEUE || !isRecord(message.chunk)) return undefined;
  const chunk = message.chunk;
  if (Array.isArray(chunk.fnArray) && Array.isArray(chunk.argsArray)) {
    return { ...message, chunk: { ...chunk, fnArray: chunk.fnArray.slice(), argsArray: chunk.argsArray.slice() } };
  }
  if (Array.isArray(chunk.items) && isRecord(chunk.styles)) return { ...message, chunk: { ...chunk } };
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A copy of a plain object whose values are all primitives, or undefined for anything else. */
function flatCopy(message: unknown): object | undefined {
  if (!isRecord(message) || Object.getPrototypeOf(message) !== Object.prototype) return undefined;
  for (const key in message) {
    const value = message[key];
    if (typeof value === 'object' ? value !== null : typeof value === 'function' || typeof value === 'symbol') return undefined;
  }
  return { ...message };
}
