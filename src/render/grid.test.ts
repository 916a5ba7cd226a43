import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FORMAT_2019, FORMAT_2021 } from '../format/index.js';
import { blankReport, setValue } from '../model/values.js';
import { expandGrid, formatValue, reportGrids, type GridCell, type GridTable } from './grid.js';

function find(grid: GridTable, text: string): GridCell {
  const cell = grid.rows.flat().find((c) => c.text === text && c.role !== 'value');
  assert.ok(cell, `no cell ${text}`);
  return cell;
}

/** Every slot of the grid is covered by exactly one cell: no overlap, no hole. */
function assertTiled(grid: GridTable): void {
  const seen = grid.rows.map(() => new Array<number>(grid.width).fill(0));
  grid.rows.forEach((row, r) => {
    for (const cell of row) {
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          const line = seen[r + dr];
          assert.ok(line && cell.col + dc < grid.width, `${grid.table}: cell ${cell.text} runs off the grid`);
          line[cell.col + dc] = (line[cell.col + dc] ?? 0) + 1;
        }
      }
    }
  });
  seen.forEach((line, r) => assert.deepEqual(line, new Array(grid.width).fill(1), `${grid.table} row ${r}`));
}

test('2021 Table A: 4-column grid, captions across it, single-value blocks span three columns', () => {
  const [active] = reportGrids(FORMAT_2021, null);
  assert.ok(active);
  assert.equal(active.width, 4);
  assert.equal(active.rows.length, 14);
  assertTiled(active);
  assert.equal(find(active, '第二十条第（一）项').colSpan, 4);
  assert.equal(find(active, '本年处理决定数量').colSpan, 3);
  assert.equal(find(active, '本年收费金额（单位：万元）').colSpan, 3);
  assert.deepEqual(
    active.rows[1]?.map((c) => c.text),
    ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
  );
  const fee = active.rows.flat().find((c) => c.key === 'active.fees.amount');
  assert.deepEqual([fee?.col, fee?.colSpan, fee?.valueType], [1, 3, 'decimal']);
});

test('2019 Table A: 5-column grid with the middle column doubled and (九) 政府集中采购', () => {
  const [active] = reportGrids(FORMAT_2019, null);
  assert.ok(active);
  assert.equal(active.width, 5);
  assertTiled(active);
  assert.deepEqual(
    active.rows[1]?.map((c) => [c.text, c.colSpan]),
    [['信息内容', 1], ['本年新制作数量', 1], ['本年新公开数量', 2], ['对外公开总数量', 1]],
  );
  assert.equal(find(active, '采购总金额').colSpan, 2);
  assert.equal(find(active, '政府集中采购').col, 0);
  assert.equal(find(active, '第二十条第（九）项').colSpan, 5);
});

test('Table B: 勾稽 note colspan 3 rowspan 3, two-level applicant header, 本年度办理结果 rowspan 22 (2021)', () => {
  const [, requests] = reportGrids(FORMAT_2021, null);
  assert.ok(requests);
  assertTiled(requests);
  assert.equal(requests.width, 10);
  assert.equal(requests.rows.length, 3 + 25);
  const note = find(requests, FORMAT_2021.requestNote);
  assert.deepEqual([note.rowSpan, note.colSpan], [3, 3]);
  assert.equal(find(requests, '申请人情况').colSpan, 7);
  assert.equal(find(requests, '自然人').rowSpan, 2);
  assert.equal(find(requests, '总计').rowSpan, 2);
  assert.equal(find(requests, '法人或其他组织').colSpan, 5);
  assert.equal(find(requests, '三、本年度办理结果').rowSpan, 22);
  assert.equal(find(requests, '（三）不予公开').rowSpan, 8);
  assert.equal(find(requests, '（四）无法提供').rowSpan, 3);
  assert.equal(find(requests, '（五）不予处理').rowSpan, 5);
  assert.equal(find(requests, '（六）其他处理').rowSpan, 3);
  assert.equal(find(requests, '（七）总计').colSpan, 2);
  assert.equal(find(requests, '一、本年新收政府信息公开申请数量').colSpan, 3);
  assert.equal(find(requests, '四、结转下年度继续办理').colSpan, 3);
});

test('Table B 2019: single （六）其他处理 row and rowspan 20', () => {
  const [, requests] = reportGrids(FORMAT_2019, null);
  assert.ok(requests);
  assertTiled(requests);
  assert.equal(requests.rows.length, 3 + 23);
  assert.equal(find(requests, '三、本年度办理结果').rowSpan, 20);
  const other = find(requests, '（六）其他处理');
  assert.deepEqual([other.col, other.rowSpan, other.colSpan], [1, 1, 2]);
});

test('Table C: 行政复议 beside 行政诉讼, its five columns rowspan 2, 15 values in one row', () => {
  const [, , appeals] = reportGrids(FORMAT_2021, null);
  assert.ok(appeals);
  assertTiled(appeals);
  assert.equal(appeals.width, 15);
  assert.deepEqual(appeals.rows[0]?.map((c) => [c.text, c.colSpan]), [['行政复议', 5], ['行政诉讼', 10]]);
  assert.deepEqual(appeals.rows[1]?.slice(0, 5).map((c) => c.rowSpan), [2, 2, 2, 2, 2]);
  assert.deepEqual(appeals.rows[1]?.slice(5).map((c) => [c.text, c.colSpan]), [['未经复议直接起诉', 5], ['复议后起诉', 5]]);
  assert.equal(appeals.rows[3]?.length, 15);
  assert.equal(appeals.rows[3]?.[7]?.key, 'appeals.litigationDirect.other');
});

test('value cells carry the report values; blank and null render empty', () => {
  const report = blankReport('2021');
  setValue(report, 'requests.withheld.processInfo.legalService', 12);
  setValue(report, 'active.fees.amount', 0.04);
  const grids = reportGrids(FORMAT_2021, report);
  const cells = grids.flatMap((g) => g.rows.flat());
  assert.equal(cells.find((c) => c.key === 'requests.withheld.processInfo.legalService')?.text, '12');
  assert.equal(cells.find((c) => c.key === 'active.fees.amount')?.text, '0.04');
  assert.equal(cells.find((c) => c.key === 'requests.granted.total')?.text, '');
  assert.equal(cells.filter((c) => c.role === 'value').length, 10 + 175 + 15);
});

test('formatValue never prints exponent notation', () => {
  assert.equal(formatValue(1e-7), '0.0000001');
  assert.equal(formatValue(null), '');
  assert.equal(formatValue(-3), '-3');
});

test('expandGrid marks covered slots', () => {
  const [, requests] = reportGrids(FORMAT_2021, null);
  assert.ok(requests);
  const slots = expandGrid(requests);
  assert.equal(slots[2]?.[0]?.covered, true);
  assert.equal(slots[2]?.[0]?.cell.role, 'note');
  assert.equal(slots[0]?.[0]?.covered, false);
});
