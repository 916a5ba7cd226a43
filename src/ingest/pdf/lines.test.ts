import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupLines, joinText, makeLine } from './lines.js';
import type { TextRun } from './read-pages.js';

/** A run whose width assumes full-width CJK characters and half-width ASCII. */
function run(text: string, x: number, y: number, size = 10): TextRun {
  const width = Array.from(text).reduce((w, c) => w + (c.charCodeAt(0) < 0x2e80 ? size / 2 : size), 0);
  return { text, x, y, width, size };
}

test('runs on nearly the same baseline form one line, ordered left to right; lines run top to bottom', () => {
  const lines = groupLines([run('第二行', 72, 130), run('右', 200, 100.8), run('左', 72, 100), run('x', 300, 103)]);
  assert.deepEqual(
    lines.map((l) => l.map((r) => r.text)),
    [['左', '右', 'x'], ['第二行']],
  );
});

test('a baseline half a line lower (a vertically centred cell) starts a new line', () => {
  const lines = groupLines([run('行政许可', 72, 100), run('146', 300, 105)]);
  assert.equal(lines.length, 2);
});

test('segments split at column-sized gaps; text joins without spaces between Chinese characters', () => {
  const line = makeLine([run('行政', 72, 100), run('许可', 92, 100), run('146', 300, 100), run('件', 315, 100)], 1, 4);
  assert.deepEqual(
    line.segments.map((s) => s.text),
    ['行政许可', '146件'],
  );
  assert.equal(line.text, '行政许可 146件');
  assert.equal(line.index, 4);
});

test('the typographic gap between Chinese characters and digits is dropped, Latin word spaces are kept', () => {
  const line = makeLine([run('2023 年 1 月，共收到申请 7 件', 72, 100), run('PDF', 300, 100), run('file', 319, 100)], 1, 1);
  assert.deepEqual(
    line.segments.map((s) => s.text),
    ['2023年1月，共收到申请7件', 'PDF file'],
  );
});

test('joinText puts a space only between Latin words or numbers with a visible gap', () => {
  assert.equal(joinText('标注“主动公开”', '“依申请公开”', true), '标注“主动公开”“依申请公开”');
  assert.equal(joinText('版本', '2', true), '版本2');
  assert.equal(joinText('Page', '2', true), 'Page 2');
  assert.equal(joinText('Page', '2', false), 'Page2');
  assert.equal(joinText('', '总计', true), '总计');
});
