import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { checkReport } from '../check/index.js';
import { GongkaiError } from '../errors.js';
import { extractReport } from '../extract/index.js';
import type { Table } from '../ingest/document.js';
import { textToDocument } from '../ingest/text/index.js';
import { getValue } from '../model/values.js';
import { readReportJson } from '../render/json.js';
import { draftReport } from './draft.js';
import { GUIDANCE_MARK, isGuidanceLine } from './guidance.js';

const previous = () =>
  readReportJson(readFileSync(new URL('../../fixtures/render/sample-2021.json', import.meta.url), 'utf8'), 'sample-2021.json');

const AGENCY = '青禾县柳湾镇人民政府';
const HEADINGS = [
  '## 一、总体情况',
  '## 二、主动公开政府信息情况',
  '## 三、收到和处理政府信息公开申请情况',
  '## 四、政府信息公开行政复议、行政诉讼情况',
  '## 五、存在的主要问题及改进情况',
  '## 六、其他需要报告的事项',
];

test('init draft: title, six headings in order with guidance, blank 2021 tables, 落款 with a placeholder date', () => {
  const { text, warnings } = draftReport({ agency: AGENCY, year: 2025 });
  const lines = text.split('\n');
  assert.equal(lines[0], `# ${AGENCY}2025年政府信息公开工作年度报告`);
  const at = HEADINGS.map((h) => lines.indexOf(h));
  assert.ok(at.every((i, n) => i > 0 && (n === 0 || i > (at[n - 1] ?? 0))), `headings out of order: ${at.join(',')}`);
  // Each heading is followed by its guidance.
  for (const i of at) assert.ok(lines[i + 2]?.startsWith(GUIDANCE_MARK), `no guidance after ${lines[i]}`);
  assert.match(text, /主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障/);
  assert.match(text, /上一年度报告所提问题的整改情况/);
  assert.match(text, /信息处理费/);
  assert.ok(text.includes('| 本年收费金额（单位：万元） |'));
  assert.ok(text.includes('| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 |'));
  assert.ok(!text.includes('政府集中采购'));
  assert.deepEqual(lines.slice(-4), [AGENCY, '', '2026年__月__日', '']);
  assert.deepEqual(warnings, []);
  // No value is filled in without a previous report.
  const tables = textToDocument(text).blocks.filter((b): b is Table => b.kind === 'table');
  assert.deepEqual(tables.map((t) => t.rows.length), [14, 28, 4]);
  const dataRows = tables[1]?.rows.slice(3) ?? [];
  assert.ok(dataRows.every((row) => row.cells.slice(3).every((cell) => cell.text === '')));
});

test('guidance lines are recognisable and every one is a blockquote with the mark', () => {
  const { text } = draftReport({ agency: AGENCY, year: 2024 });
  const guidance = text.split('\n').filter(isGuidanceLine);
  assert.ok(guidance.length >= 15);
  assert.ok(guidance.every((line) => line.startsWith(GUIDANCE_MARK)));
  assert.ok(isGuidanceLine('【填写说明】没有引用符号'));
  assert.ok(!isGuidanceLine('一、总体情况'));
});

test('prefill from last year: 上年结转 = last year 结转下年度 per column, 现行有效件数 as the starting point', () => {
  const { text, report, warnings } = draftReport({ agency: AGENCY, year: 2025, previous: previous() });
  assert.deepEqual(warnings, []);
  assert.equal(getValue(report, 'requests.carriedOver.naturalPerson'), 1);
  assert.equal(getValue(report, 'requests.carriedOver.commercial'), 0);
  assert.equal(getValue(report, 'requests.carriedOver.total'), 1);
  assert.equal(getValue(report, 'requests.newReceived.total'), null);
  assert.equal(getValue(report, 'active.normativeDocs.inForce'), 15);
  assert.equal(getValue(report, 'active.normativeDocs.issued'), null);
  assert.ok(text.includes('| 二、上年结转政府信息公开申请数量 |  |  | 1 | 0 | 0 | 0 | 0 | 0 | 1 |'));
  assert.ok(text.includes('| 行政规范性文件 |  |  | 15 |'));
  assert.match(text, /已预填上年报告的现行有效件数（规章 0 件、行政规范性文件 15 件），这只是起点/);
  assert.match(text, /上年报告本部分原文摘录.*栏目更新慢问题/);
});

test('prefill warns when the previous report is of another year or agency', () => {
  const { warnings } = draftReport({ agency: '青禾县石桥镇人民政府', year: 2026, previous: previous() });
  assert.equal(warnings.length, 2);
  assert.match(warnings[0] ?? '', /2024 年，不是 2025 年/);
  assert.match(warnings[1] ?? '', /青禾县柳湾镇人民政府/);
});

test('a 2019-format previous report prefills 上年结转 but not 现行有效件数', () => {
  const old = readReportJson(readFileSync(new URL('../../fixtures/render/sample-2019.json', import.meta.url), 'utf8'), null);
  const { report } = draftReport({ agency: AGENCY, year: 2021, previous: old });
  assert.equal(getValue(report, 'requests.carriedOver.total'), 0);
  assert.equal(getValue(report, 'active.normativeDocs.inForce'), null);
});

test('draft options are validated with Chinese messages', () => {
  assert.throws(() => draftReport({ agency: ' ', year: 2024 }), (e: unknown) => e instanceof GongkaiError && /--agency/.test(e.message));
  assert.throws(() => draftReport({ agency: AGENCY, year: 2018 }), (e: unknown) => e instanceof GongkaiError && /2019 年及以后/.test(e.message));
  assert.match(draftReport({ agency: AGENCY, year: 2020 }).text, /政府集中采购/);
});

/**
 * Fills a draft's tables as a person would: every value cell of a template row gets a number. `values` gives the
 * numbers of a row by its most specific label; rows it does not name get zeros. Returns the filled text.
 */
function fillDraft(text: string, values: Record<string, Array<number | string>>): string {
  let tableB = 0;
  return text
    .split('\n')
    .map((line) => {
      if (!line.startsWith('| ')) return line;
      const cells = line.slice(2, -2).split(' | ');
      const label = (count: number) => cells.slice(0, count).filter(Boolean).pop() ?? '';
      if (cells.length === 4 && /^(规章|行政规范性文件)$/.test(cells[0] ?? '')) {
        cells.splice(1, 3, ...(values[cells[0] ?? ''] ?? [0, 0, 0]).map(String));
      } else if (cells.length === 4 && /^行政(许可|处罚|强制|事业性收费)$/.test(cells[0] ?? '')) {
        cells[1] = String(values[cells[0] ?? '']?.[0] ?? 0);
      } else if (cells.length === 10 && tableB++ >= 3) {
        cells.splice(3, 7, ...(values[label(3)] ?? new Array(7).fill(0)).map(String));
      } else if (cells.length === 15 && !cells.some(Boolean)) {
        cells.fill('0');
      } else {
        return line;
      }
      return `| ${cells.join(' | ')} |`;
    })
    .join('\n');
}

/** A draft filled in with 3 applications from natural persons, all granted — but the 总计 of 一 typed as 4. */
function filledDraft(): string {
  return fillDraft(draftReport({ agency: AGENCY, year: 2024 }).text, {
    行政规范性文件: [1, 0, 9],
    行政许可: [12],
    '一、本年新收政府信息公开申请数量': [3, 0, 0, 0, 0, 0, 4],
    '（一）予以公开': [3, 0, 0, 0, 0, 0, 3],
    '（七）总计': [3, 0, 0, 0, 0, 0, 3],
  }).replace('2025年__月__日', '2025年1月20日');
}

function assertPlantedErrorFound(draft: string): void {
  const plantedLine = draft.split('\n').findIndex((line) => line.startsWith('| 一、本年新收')) + 1;
  const report = extractReport(textToDocument(draft, 'draft.md'));
  assert.deepEqual(report.anomalies, []);
  assert.equal(getValue(report, 'requests.newReceived.total'), 4);
  assert.equal(getValue(report, 'requests.granted.naturalPerson'), 3);
  assert.equal(getValue(report, 'active.licensing.decisions'), 12);
  assert.equal(report.meta.agency, AGENCY);
  assert.equal(report.meta.publishedDate, '2025-01-20');
  assert.ok(!report.sections.overview?.text.includes('【填写说明】'), 'guidance read as report text');
  const findings = checkReport(report);
  const rowTotal = findings.find((f) => f.ruleId === 'B3-row-total');
  assert.ok(rowTotal, `no B3 finding: ${findings.map((f) => f.ruleId).join(', ')}`);
  assert.equal(rowTotal.location.line, plantedLine);
  assert.ok(findings.some((f) => f.ruleId === 'B1-balance'), 'the 勾稽 of the 总计 column fails too');
}

test('check on a filled-in draft, guidance deleted, finds a planted sum error at the draft line', () => {
  assertPlantedErrorFound(
    filledDraft()
      .split('\n')
      .filter((line) => !isGuidanceLine(line))
      .join('\n'),
  );
});

test('check on a filled-in draft with its guidance left in finds the planted error at the draft line', () => {
  assertPlantedErrorFound(filledDraft());
});
