import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SameThreadPort } from './port.js';

/** Posts one message and returns what the listener receives. */
function deliver(message: unknown, afterPosting: () => void = () => {}, transfer?: ArrayBuffer[]): Promise<unknown> {
  const port = new SameThreadPort();
  return new Promise((resolve) => {
    port.addEventListener('message', (event) => resolve(event.data));
    port.postMessage(message, transfer);
    afterPosting();
  });
}

test('an operator-list chunk arrives as it was when sent, although the sender empties its arrays right after', async () => {
  const fnArray = [1, 2];
  const args = [[0, 0, 10, 1]];
  const argsArray: unknown[] = [args, null];
  const message = { stream: 4, streamId: 1, chunk: { fnArray, argsArray, length: 2, lastChunk: false } };
  const received = (await deliver(message, () => {
    fnArray.length = 0;
    argsArray.length = 0;
  })) as typeof message;
  assert.deepEqual(received.chunk.fnArray, [1, 2]);
  assert.equal(received.chunk.length, 2);
  // Handed over, not copied: the operator arguments are the sender's own objects.
  assert.equal(received.chunk.argsArray[0], args);
});

test('a text-content chunk keeps the items it was sent with, although the sender starts a new list right after', async () => {
  const chunk = { items: [{ str: '合计' }], styles: { f1: { ascent: 0.8 } } };
  const received = (await deliver({ stream: 4, streamId: 2, chunk }, () => {
    chunk.items = [];
  })) as { chunk: typeof chunk };
  assert.deepEqual(received.chunk.items, [{ str: '合计' }]);
});

test('every other message is copied when it is sent, transferred buffers included', async () => {
  const data = new Uint8Array([1, 2, 3]);
  const message = { action: 'GetDocRequest', data: { numPages: 4 }, bytes: data };
  const received = (await deliver(message, () => (message.data.numPages = 99), [data.buffer])) as typeof message;
  assert.equal(received.data.numPages, 4);
  assert.notEqual(received, message);
  assert.deepEqual([...received.bytes], [1, 2, 3]);
  assert.equal(data.byteLength, 0, 'the transferred buffer is detached on the sending side');
});

test('a message of primitive values only (a stream signal) arrives as a copy of itself', async () => {
  const message = { sourceName: 'doc1_worker', targetName: 'doc1', stream: 6, streamId: 3, desiredSize: 90, reason: undefined };
  const received = (await deliver(message, () => (message.desiredSize = 0))) as typeof message;
  assert.notEqual(received, message);
  assert.deepEqual(received, { sourceName: 'doc1_worker', targetName: 'doc1', stream: 6, streamId: 3, desiredSize: 90, reason: undefined });
});

test('delivery waits for a later microtask; a listener goes when its signal aborts', async () => {
  const port = new SameThreadPort();
  const seen: unknown[] = [];
  const controller = new AbortController();
  port.addEventListener('message', (event) => seen.push(event.data), { signal: controller.signal });
  port.postMessage({ n: 1 });
  assert.deepEqual(seen, []);
  await Promise.resolve();
  assert.deepEqual(seen, [{ n: 1 }]);
  assert.equal(port.listenerCount, 1);
  controller.abort();
  assert.equal(port.listenerCount, 0);
  port.postMessage({ n: 2 });
  await Promise.resolve();
  assert.deepEqual(seen, [{ n: 1 }]);
});
