import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeLine, type Line } from './lines.js';
import { runningLines } from './margins.js';

function line(page: number, index: number, y: number, text: string, x = 280): Line {
  return makeLine([{ text, x, y, width: Array.from(text).length * 10, size: 10 }], page, index);
}

const HEIGHT = 842;

test('a header repeated on most pages and page numbers are dropped; body lines and the title are kept', () => {
  const pages = [1, 2, 3].map((p) => ({
    height: HEIGHT,
    lines: [
      line(p, 1, 40, '江屿市望川区民政局'),
      line(p, 2, 100, ['2022年政府信息公开工作年度报告', '（三）政府信息管理。落实源头认定。', '六、其他需要报告的事项'][p - 1] ?? '', 72),
      line(p, 3, 400, '本年度未收取信息处理费。', 72),
      line(p, 4, 810, `- ${p} -`),
    ],
  }));
  assert.deepEqual([...runningLines(pages)].sort(), ['1:1', '1:4', '2:1', '2:4', '3:1', '3:4']);
});

test('page-number forms are recognised on a single page; a bare number inside the body is not', () => {
  for (const footer of ['第 1 页 共 5 页', '1/5', '— 1 —', 'Page 1 of 5', '1']) {
    const page = { height: HEIGHT, lines: [line(1, 1, 90, '标题', 72), line(1, 2, 300, '12', 72), line(1, 3, 800, footer)] };
    assert.deepEqual([...runningLines([page])], ['1:3'], footer);
  }
});

test('text at the top of only one page out of three stays', () => {
  const pages = [1, 2, 3].map((p) => ({
    height: HEIGHT,
    lines: [line(p, 1, 60, ['一、总体情况', '（本列数据的勾稽关系为：第一项加第二项之和）', '五、存在的主要问题及改进情况'][p - 1] ?? '', 72), line(p, 2, 400, '正文', 72)],
  }));
  assert.deepEqual([...runningLines(pages)], []);
});
