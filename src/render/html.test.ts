import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { blankReport } from '../model/values.js';
import { escapeHtml, renderHtml } from './html.js';
import { readReportJson } from './json.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const fixture = (name: string) => readReportJson(readFileSync(new URL(`../../fixtures/render/${name}`, import.meta.url), 'utf8'), name);

function elements(node: Node, tag: string, out: Element[] = []): Element[] {
  if ('tagName' in node && node.tagName === tag) out.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) elements(child, tag, out);
  if ('content' in node && node.content) elements(node.content as Node, tag, out);
  return out;
}

function text(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(text).join('') : '';
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

test('HTML escapes all report text: no markup from agency or section text survives', () => {
  const html = renderHtml(fixture('hostile-2021.json'));
  assert.ok(!html.includes('<script'), 'a script element was injected');
  assert.ok(!html.includes('<img'), 'an img element was injected');
  assert.ok(!/"onerror=/.test(html));
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;镇&quot;onerror=alert(2)'));
  assert.ok(html.includes('第一段&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;'));
  assert.ok(html.includes('&#39;单引号&#39;'));
  assert.ok(!html.includes('\u0001'), 'control characters are dropped');

  // Parsed back, the document has exactly the three tables, and the text is text.
  const doc = parse(html);
  assert.equal(elements(doc, 'table').length, 3);
  assert.equal(elements(doc, 'script').length, 0);
  const overview = elements(doc, 'section').find((s) => attr(s, 'class') === 'overview');
  assert.ok(overview);
  assert.match(text(overview), /第一段<\/td><\/tr><\/table><img src=x onerror="alert\(3\)">/);
  assert.equal(text(elements(doc, 'h1')[0]!), '<script>alert(1)</script>镇"onerror=alert(2)2024年政府信息公开工作年度报告');
});

test('escapeHtml covers the five special characters', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
});

test('HTML is print-ready: A4 page, print media rules, Chinese font stacks', () => {
  const html = renderHtml(fixture('sample-2021.json'));
  assert.match(html, /<html lang="zh-CN">/);
  assert.match(html, /@page \{ size: A4; margin: [^}]+\}/);
  assert.match(html, /@media print/);
  assert.ok(html.includes('"SimSun","宋体","Songti SC","STSong","Noto Serif CJK SC","Source Han Serif SC",serif'));
  assert.ok(html.includes('"FangSong_GB2312","仿宋_GB2312"'));
  assert.ok(html.includes('"SimHei","黑体"'));
});

test('HTML: title, the six headings in order, 落款 right-aligned with the date in Chinese', () => {
  const doc = parse(renderHtml(fixture('sample-2021.json')));
  assert.equal(text(elements(doc, 'h1')[0]!), '青禾县柳湾镇人民政府2024年政府信息公开工作年度报告');
  assert.deepEqual(
    elements(doc, 'h2').map(text),
    ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'],
  );
  const signature = elements(doc, 'div').find((d) => attr(d, 'class') === 'signature');
  assert.ok(signature);
  assert.deepEqual(elements(signature, 'p').map(text), ['青禾县柳湾镇人民政府', '2025年1月20日']);
});

test('HTML tables carry the template spans and the values; blank cells are empty', () => {
  const doc = parse(renderHtml(fixture('hostile-2021.json')));
  const [active, requests, appeals] = elements(doc, 'table');
  assert.ok(active && requests && appeals);
  const headers = (table: Element) => elements(table, 'th').map((th) => [text(th), attr(th, 'rowspan') ?? '1', attr(th, 'colspan') ?? '1']);
  assert.deepEqual(headers(requests)[0], ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '3', '3']);
  assert.ok(headers(requests).some(([t, r]) => t === '三、本年度办理结果' && r === '22'));
  assert.ok(headers(active).some(([t, , c]) => t === '本年处理决定数量' && c === '3'));
  assert.ok(headers(appeals).some(([t, , c]) => t === '行政诉讼' && c === '10'));
  assert.equal(elements(requests, 'thead')[0] && elements(elements(requests, 'thead')[0]!, 'tr').length, 3);

  const value = (key: string) => {
    const td = elements(doc, 'td').find((el) => attr(el, 'data-key') === key);
    assert.ok(td, key);
    return text(td);
  };
  assert.equal(value('requests.newReceived.total'), '6');
  assert.equal(value('active.fees.amount'), '0.35');
  assert.equal(value('requests.granted.research'), '');
  assert.equal(elements(requests, 'td').length, 175);
});

test('HTML of a blank report without meta still has a title and no date line', () => {
  const doc = parse(renderHtml(blankReport('2019')));
  assert.equal(text(elements(doc, 'h1')[0]!), '政府信息公开工作年度报告');
  const signature = elements(doc, 'div').find((d) => attr(d, 'class') === 'signature');
  assert.equal(signature && elements(signature, 'p').length, 0);
  assert.equal(elements(elements(doc, 'table')[0]!, 'td').length, 22);
});
