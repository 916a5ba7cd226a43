import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PdfContent } from './read-pages.js';
import { packContent, unpackContent } from './wire.js';

const content: PdfContent = {
  pageCount: 5,
  pages: [
    {
      number: 1,
      width: 595.92,
      height: 841.92,
      runs: [
        { text: '政府信息公开', x: 72.00000000000001, y: 0.1 + 0.2, width: 1e-300, size: 10.5 },
        { text: '（二）', x: -0, y: 841.92, width: 31.5, size: 1.7976931348623157e308 },
      ],
      rules: [{ x0: 50, y0: 299.5, x1: 350.25, y1: 299.5 }],
    },
    { number: 2, width: 595.92, height: 841.92, runs: [], rules: [] },
    { number: 3, width: 612, height: 792, runs: [{ text: '合计', x: 1, y: 2, width: 3, size: 4 }], rules: [] },
  ],
};

test('packing for the journey between threads loses nothing: texts, every number bit for bit, empty pages', () => {
  const back = unpackContent(structuredClone(packContent(content)));
  assert.deepEqual(back, content);
  assert.ok(Object.is(back.pages[0]?.runs[1]?.x, -0));
  assert.equal(JSON.stringify(back), JSON.stringify(content));
});

test('the numbers travel in one array, the texts in one list', () => {
  const packed = packContent(content);
  assert.ok(packed.numbers instanceof Float64Array);
  assert.equal(packed.numbers.length, 3 * 4 + 1 * 4);
  assert.deepEqual(packed.texts, ['政府信息公开', '（二）', '合计']);
});
