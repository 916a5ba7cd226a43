import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { textToDocument } from '../ingest/text/index.js';
import type { Table } from '../ingest/document.js';
import { readReportJson } from './json.js';
import { escapeMarkdownLine, renderMarkdown } from './markdown.js';

const read = (name: string) => readFileSync(new URL(`../../fixtures/render/${name}`, import.meta.url), 'utf8');
const fixture = (name: string) => readReportJson(read(name), name);

test('Markdown of the 2021 sample matches the golden file', () => {
  assert.equal(renderMarkdown(fixture('sample-2021.json')), read('sample-2021.expected.md'));
});

test('Markdown tables: one row per template row, labels in the first columns, read back as three grids', () => {
  const md = renderMarkdown(fixture('sample-2021.json'));
  const tables = textToDocument(md).blocks.filter((b): b is Table => b.kind === 'table');
  assert.deepEqual(tables.map((t) => t.rows.length), [14, 28, 4]);
  assert.deepEqual(tables.map((t) => t.rows[0]?.cells.length), [4, 10, 15]);
  const row = (t: Table | undefined, i: number) => t?.rows[i]?.cells.map((c) => c.text);
  assert.deepEqual(row(tables[1], 9), ['', '', '3.危及“三安全一稳定”', '0', '0', '0', '0', '0', '0', '0']);
  assert.deepEqual(row(tables[1], 5), ['三、本年度办理结果', '（一）予以公开', '', '3', '1', '0', '0', '0', '0', '4']);
  assert.deepEqual(row(tables[0], 13), ['行政事业性收费', '0.35', '', '']);
});

test('Markdown keeps hostile section text a paragraph and never raw HTML', () => {
  const md = renderMarkdown(fixture('hostile-2021.json'));
  assert.ok(md.includes('\n\\# 不是标题\n'));
  assert.ok(md.includes('\n\\| 不是 | 表格 |\n'));
  assert.ok(md.includes('\n\\> 不是引用\n'));
  assert.ok(md.includes('\n制表符控制字符\n'), 'leading tab trimmed, control character dropped');
  assert.ok(!/(^|[^\\])<(script|img)/m.test(md), 'an unescaped tag');
  assert.ok(md.includes('\\<script>alert(1)\\</script>镇"onerror=alert(2)'));
  // Only the three report tables come back from the text adapter: the hostile lines stayed paragraphs.
  assert.equal(textToDocument(md).blocks.filter((b) => b.kind === 'table').length, 3);
});

test('escapeMarkdownLine neutralises line-start syntax and tabs', () => {
  assert.equal(escapeMarkdownLine('- 列表'), '\\- 列表');
  assert.equal(escapeMarkdownLine('1. 编号'), '1\\. 编号');
  assert.equal(escapeMarkdownLine('1.属于国家秘密'), '1.属于国家秘密');
  assert.equal(escapeMarkdownLine('a\tb'), 'a b');
  assert.equal(escapeMarkdownLine('一、总体情况'), '一、总体情况');
});
