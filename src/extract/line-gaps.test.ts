import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textToDocument } from '../ingest/index.js';
import { getValue } from '../model/values.js';
import { extractReport } from './index.js';

/** Table A one cell a line, a blank line between cells; `row` is the 行政规范性文件 row as printed, empty lines kept. */
function tableA(row: string) {
  const cells = (...xs: string[]): string => xs.join('\n\n');
  const text =
    cells('一、总体情况', '本年度依法做好公开工作。', '二、主动公开政府信息情况', '第二十条第（一）项', '信息内容') +
    '\n\n' +
    cells('本年制发件数', '本年废止件数', '现行有效件数', '规章', '1', '0', '3') +
    '\n\n' +
    row +
    cells('第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许可', '12', '三、收到和处理政府信息公开申请情况');
  const report = extractReport(textToDocument(text));
  const values = ['issued', 'repealed', 'inForce'].map((c) => getValue(report, `active.normativeDocs.${c}`));
  return { values, anomalies: report.anomalies.filter((a) => a.key === 'active.normativeDocs').map((a) => a.text) };
}

test('one empty line more before and after a value: the value is in the middle column', () => {
  const read = tableA('行政规范性文件\n\n\n5\n\n\n');
  assert.deepEqual(read.values, [null, 5, null]);
  assert.match(read.anomalies[0] ?? '', /空白格印作空行/);
});

test('a full row is read as printed, whatever the gaps', () => {
  assert.deepEqual(tableA('行政规范性文件\n\n2\n\n0\n\n9\n\n').values, [2, 0, 9]);
});

test('gaps that hold more empty cells than the row has: no value is placed', () => {
  const read = tableA('行政规范性文件\n\n\n\n\n\n5\n\n');
  assert.deepEqual(read.values, [null, null, null]);
  assert.match(read.anomalies[0] ?? '', /无法确定各属哪一列/);
});

test('bare-pipe lines after a row\'s last value are its empty cells, so the value keeps its column', () => {
  const text = [
    '三、收到和处理政府信息公开申请情况',
    '(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和) |',
    '申请人情况 |',
    '自然人 |',
    '法人或其他组织 |',
    '总计 |',
    '商业企业 |',
    '科研机构 |',
    '社会公益组织 |',
    '法律服务机构 |',
    '其他 |',
    '一、本年新收政府信息公开申请数量 |',
    '9 |', '|', '|', '|', '|', '|', '9 |',
    '三、本年度办理结果 |',
    '(一)予以公开 |',
    '4 |', '|', '|', '|', '|', '|', '|',
    '(二)部分公开(区分处理的，只计这一情形，不计其他情形) |',
    '0 |', '|', '|', '|', '|', '|', '0 |',
  ];
  const report = extractReport(textToDocument(text.join('\n')));
  assert.equal(getValue(report, 'requests.newReceived.total'), 9);
  assert.equal(getValue(report, 'requests.granted.naturalPerson'), 4);
  assert.equal(getValue(report, 'requests.granted.total'), null);
  assert.equal(getValue(report, 'requests.partiallyGranted.total'), 0);
});

/** Table B one cell a line, a blank line between cells; `rows` are its first rows as printed, empty lines kept. */
function tableB(rows: string) {
  const header = ['申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
  const text = ['三、收到和处理政府信息公开申请情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', ...header].join('\n\n');
  return extractReport(textToDocument(`${text}\n\n${rows}\n\n四、政府信息公开行政复议、行政诉讼情况`));
}

test('Table B one cell a line: six empty lines before a row’s only value put it in the total column', () => {
  const empty = '\n'.repeat(7);
  const report = tableB(`一、本年新收政府信息公开申请数量\n${empty}0\n\n二、上年结转政府信息公开申请数量\n${empty}3`);
  assert.deepEqual(
    ['naturalPerson', 'other', 'total'].map((c) => getValue(report, `requests.newReceived.${c}`)),
    [null, null, 0],
  );
  assert.equal(getValue(report, 'requests.carriedOver.total'), 3);
  assert.match(report.anomalies.find((a) => a.key === 'requests.newReceived')?.text ?? '', /空白格印作空行/);
});

test('Table B: gaps that put a value where the row total cannot hold it leave the row unplaced', () => {
  // 2 in 自然人 and 5 in 总计: the total is not the sum of the row, so the gaps are not trusted.
  const report = tableB(`一、本年新收政府信息公开申请数量\n\n2\n${'\n'.repeat(6)}5\n\n二、上年结转政府信息公开申请数量\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0`);
  assert.equal(getValue(report, 'requests.newReceived.naturalPerson'), null);
  assert.equal(getValue(report, 'requests.newReceived.total'), null);
});
