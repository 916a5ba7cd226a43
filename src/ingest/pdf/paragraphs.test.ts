import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeLine, type Line } from './lines.js';
import { continues, measure } from './paragraphs.js';

/** A line of equally wide characters (12 pt unless given) starting at x on baseline y. */
function line(text: string, x: number, y: number, page = 1, size = 12): Line {
  return makeLine([{ text, x, y, width: Array.from(text).length * size, size }], page, Math.round(y / 20));
}

const FULL = '根据条例规定本机关全年主动公开政府信息二百一十六条其中规范性文件三件'; // 35 characters, 420 pt
const metrics = measure([line(FULL, 96, 100), line(`${FULL}止`, 72, 120), line('短句。', 72, 140), line(`${FULL}止`, 72, 160)]);

test('metrics: left margin, right margin and body size', () => {
  assert.deepEqual(metrics, { left: 72, right: 504, size: 12 });
});

test('a line running to the right margin continues into an unindented line below', () => {
  assert.equal(continues(line(`${FULL}止`, 72, 120), line('续行文字。', 72, 140), metrics), true);
});

test('no join: indented next line, short line above, section heading, other size, too far down', () => {
  const full = line(`${FULL}止`, 72, 120);
  assert.equal(continues(full, line('（二）依申请公开。', 96, 140), metrics), false);
  assert.equal(continues(line('一、总体情况', 72, 120), line('续行文字。', 72, 140), metrics), false);
  assert.equal(continues(full, line('三、收到和处理政府信息公开申请情况', 72, 140), metrics), false);
  assert.equal(continues(full, line('（二）依申请公开。', 72, 140), metrics), false);
  assert.equal(continues(full, line('续行文字。', 72, 140, 1, 16), metrics), false);
  assert.equal(continues(full, line('续行文字。', 72, 180), metrics), false);
});

test('a paragraph broken by a page break continues at the top of the next page', () => {
  assert.equal(continues(line(`${FULL}止`, 72, 760, 1), line('续行文字。', 72, 80, 2), metrics), true);
  assert.equal(continues(line(`${FULL}止`, 72, 760, 1), line('续行文字。', 72, 80, 3), metrics), false);
});

test('a title wrapped onto a second centred line is one paragraph', () => {
  // Both lines centred on the text block (x = 72 to 504).
  assert.equal(continues(line('江屿市望川区民政局', 216, 80, 1, 16), line('2022年政府信息公开工作年度报告', 144, 104, 1, 16), { ...metrics, size: 16 }), true);
});
