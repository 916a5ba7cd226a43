import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blankReport, setValue } from '../model/values.js';
import { csvColumns, csvField, formatReportsCsv } from './csv.js';

/** Minimal RFC 4180 reader for the assertions: quoted fields, doubled quotes, CRLF rows. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && ch === '"') {
      quoted = false;
    } else if (quoted) {
      field += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += ch;
    }
  }
  return rows;
}

test('csv fields are quoted only when needed, quotes doubled', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('甲,乙'), '"甲,乙"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField(''), '');
});

test('csv columns: six meta columns, then the 200 canonical keys of 2021 in template order', () => {
  const columns = csvColumns();
  assert.equal(columns.length, 6 + 10 + 175 + 15);
  assert.deepEqual(columns.slice(0, 8), [
    'file',
    'agency',
    'year',
    'publishedDate',
    'formatVersion',
    'level',
    'active.regulations.issued',
    'active.regulations.repealed',
  ]);
  assert.equal(columns[16], 'requests.newReceived.naturalPerson');
  assert.equal(columns.at(-1), 'appeals.litigationAfterReview.total');
});

test('csv rows: meta, values, blanks, quoting, CRLF, BOM', () => {
  const a = blankReport('2021', 0);
  a.meta.agency = '青禾县白石镇人民政府,"东区"';
  a.meta.year = 2024;
  a.meta.publishedDate = '2025-01-20';
  a.meta.level = 'township';
  setValue(a, 'requests.newReceived.total', 12);
  setValue(a, 'active.fees.amount', 0.04);
  setValue(a, 'appeals.review.total', null);
  const b = blankReport('2019', 1);
  b.meta.formatVersion = '2019';

  const text = formatReportsCsv([
    { file: 'reports/a.txt', report: a },
    { file: 'reports/b.txt', report: b },
  ]);
  assert.equal(text.charCodeAt(0), 'f'.charCodeAt(0));
  assert.ok(text.endsWith('\r\n'));
  assert.ok(text.split('\r\n')[1]!.startsWith('reports/a.txt,"青禾县白石镇人民政府,""东区""",2024,2025-01-20,2021,township,0,0,'));

  const [header, rowA, rowB] = readCsv(text);
  assert.equal(rowA!.length, header!.length);
  const col = (row: string[], key: string) => row[header!.indexOf(key)];
  assert.equal(col(rowA!, 'agency'), '青禾县白石镇人民政府,"东区"');
  assert.equal(col(rowA!, 'requests.newReceived.total'), '12');
  assert.equal(col(rowA!, 'active.fees.amount'), '0.04');
  assert.equal(col(rowA!, 'appeals.review.total'), '');
  // A 2019 report fills the shared keys; 2021-only cells stay empty.
  assert.equal(col(rowB!, 'formatVersion'), '2019');
  assert.equal(col(rowB!, 'year'), '');
  assert.equal(col(rowB!, 'requests.withheld.stateSecret.total'), '1');
  assert.equal(col(rowB!, 'active.regulations.issued'), '');
  assert.equal(col(rowB!, 'requests.otherDisposal.overdueFee.total'), '');
  assert.equal(col(rowB!, 'active.licensing.decisions'), '1');

  const withBom = formatReportsCsv([{ file: 'reports/a.txt', report: a }], { bom: true });
  assert.equal(withBom.charCodeAt(0), 0xfeff);
  assert.equal(withBom.slice(1), formatReportsCsv([{ file: 'reports/a.txt', report: a }]));
});
