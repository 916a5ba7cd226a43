import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyTableRead, recordRow } from './table-read.js';
import { textToken } from './tokens.js';

const label = textToken('（一）予以公开', '（一）予以公开', { line: 12, column: 1 }, 11);
const cells = { keys: ['requests.granted.naturalPerson', 'requests.granted.total'], slots: [0, 1] };

test('a row whose label stands alone (no value read at all) says so, not “只读到 0 个（）”', () => {
  const read = emptyTableRead();
  recordRow(read, cells, { status: 'unplaced', tokens: [], missing: 2 }, 'requests.granted', '（一）予以公开', label);
  assert.deepEqual(read.cells.map((c) => c.value), [null, null]);
  assert.equal(read.anomalies[0]?.text, '“（一）予以公开”一行应有 2 个数据格，一个也没有读到，均未取值');
  assert.deepEqual(read.anomalies[0]?.loc, { line: 12, column: 1 });
});
