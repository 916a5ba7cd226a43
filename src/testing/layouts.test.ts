import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldWidth } from '../format/normalize.js';
import { getValue, setValue } from '../model/values.js';
import { formatDate, formatValue, toFullWidth } from './cells.js';
import { LAYOUTS, writeReport, type Layout } from './layouts.js';
import { randomReport } from './random-report.js';
import { Rng } from './rng.js';

/** A report with a few distinctive numbers in the row we read back. */
function sample(version: '2019' | '2021' = '2021') {
  const report = randomReport(2024, { version, level: 'county-department' });
  const row = [12, 3, 0, 1, 0, 2, 18];
  const columns = ['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'other', 'total'];
  columns.forEach((c, i) => setValue(report, `requests.carriedForward.${c}`, row[i] ?? 0));
  return report;
}

/** The first `n` numbers printed after the first occurrence of `label`, whatever separates them. */
function numbersAfter(text: string, label: string, n: number): number[] {
  const at = text.indexOf(label);
  assert.ok(at >= 0, `label ${label} not found`);
  const tokens = foldWidth(text.slice(at + label.length)).split(/[\s|]+/);
  return tokens
    .filter((t) => /^[+-]?\d[\d,]*(\.\d+)?$/.test(t))
    .slice(0, n)
    .map((t) => Number(t.replace(/,/g, '')));
}

test('every layout is deterministic for the same report and options', () => {
  const report = sample();
  for (const layout of LAYOUTS) {
    const options = { seed: 9, pageDebris: true, ideographicSpaces: true };
    assert.equal(writeReport(report, layout, options), writeReport(report, layout, options), layout);
  }
});

test('every layout prints the row values after their label (glued: with no separator at all)', () => {
  const report = sample();
  for (const layout of LAYOUTS) {
    for (let seed = 0; seed < 5; seed++) {
      const text = writeReport(report, layout, { seed });
      if (layout === 'glued') assert.ok(text.includes('四、结转下年度继续办理123010218\n'), layout);
      else assert.deepEqual(numbersAfter(text, '结转下年度继续办理', 7), [12, 3, 0, 1, 0, 2, 18], `${layout} seed ${seed}`);
    }
  }
});

test('title, six section headings and the 落款 appear in every layout', () => {
  const report = sample();
  const agency = report.meta.agency ?? '';
  for (const layout of LAYOUTS) {
    const text = writeReport(report, layout, { seed: 1, titleStyle: 'one-line' });
    assert.ok(text.includes(`${agency}${report.meta.year}年政府信息公开工作年度报告`), layout);
    for (const heading of ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']) {
      assert.ok(text.includes(heading), `${layout}: ${heading}`);
    }
    const [y, m, d] = (report.meta.publishedDate ?? '').split('-').map(Number);
    const tail = text.trimEnd().split('\n').slice(-4).join('\n');
    assert.ok(tail.includes(agency) && tail.includes(`${y}年${m}月${d}日`), `${layout} 落款: ${tail}`);
  }
  const above = writeReport(report, 'cell-per-line', { titleStyle: 'agency-above' }).split('\n');
  assert.deepEqual(above.slice(0, 2), [agency, `${report.meta.year}年度政府信息公开工作年度报告`]);
});

test('layouts that keep labels whole print every official row label of the format', () => {
  for (const version of ['2019', '2021'] as const) {
    const report = sample(version);
    const labels = ['规章', '行政许可', '行政事业性收费', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '3.危及“三安全一稳定”', '（七）总计', '复议后起诉'];
    if (version === '2019') labels.push('第二十条第（九）项', '政府集中采购', '本年增/减', '（六）其他处理');
    else labels.push('本年制发件数', '3.其他');
    for (const layout of ['cell-per-line', 'markdown', 'html-pipe', 'html-blank', 'glued'] as Layout[]) {
      const text = writeReport(report, layout, { seed: 3 });
      for (const label of labels) assert.ok(text.includes(label), `${version} ${layout}: ${label}`);
    }
  }
});

test('tabbed breaks one group label across two rows, like (五) 不 / 予处理', () => {
  let broken = 0;
  for (let seed = 0; seed < 20; seed++) {
    const text = writeReport(sample(), 'tabbed', { seed });
    if (/(^|\t)[(（][三四五六][)）] ?[不无其]\t/m.test(text)) broken++;
  }
  assert.equal(broken, 20);
});

test('markdown splits Table B in two under an empty header row', () => {
  const text = writeReport(sample(), 'markdown', { seed: 4 });
  assert.equal(text.match(/^\|---\|/gm)?.length, 4);
  assert.match(text, /^\| \| \| \| \| \| \| \| \| \| \|$/m);
});

test('pdftotext-layout separates cells with runs of spaces and no tabs or pipes', () => {
  const text = writeReport(sample(), 'pdftotext-layout', { seed: 2 });
  assert.ok(!text.includes('\t') && !text.includes('|'));
  assert.match(text, /结转下年度继续办理 {2,}12 {2,}3 {2,}0 {2,}1 {2,}0 {2,}2 {2,}18$/m);
});

test('quirks: full-width digits, ideographic spaces, thousands, debris, CRLF, Chinese dates, blanks', () => {
  const report = sample();
  setValue(report, 'active.licensing.decisions', 1234567);
  const text = writeReport(report, 'tabbed', {
    seed: 5,
    fullWidthDigits: true,
    ideographicSpaces: true,
    thousands: true,
    pageDebris: true,
    crlf: true,
    chineseDate: true,
  });
  assert.ok(text.includes('１,２３４,５６７'));
  assert.ok(text.includes('\u3000'));
  assert.match(text, /第\d+页 共\d+页|[-—] \d+ [-—]/);
  assert.equal(text.split('\n').length, text.split('\r\n').length);
  assert.ok(!/[^\r]\n/.test(text));
  assert.ok(/二〇\S+年\S+月\S+日/.test(text));
  setValue(report, 'active.coercion.decisions', null);
  for (const blank of ['—', '/', '无'] as const) {
    const written = writeReport(report, 'html-pipe', { blank });
    assert.ok(written.includes(`行政强制 | ${blank}\n`), blank);
  }
  assert.equal(getValue(report, 'active.coercion.decisions'), null);
});

test('formatDate, formatValue and toFullWidth', () => {
  assert.equal(formatDate('2025-01-20', false), '2025年1月20日');
  assert.equal(formatDate('2025-01-20', true), '二〇二五年一月二十日');
  assert.equal(formatDate('2025-01-05', true), '二〇二五年一月五日');
  assert.equal(formatDate('2024-12-31', true), '二〇二四年十二月三十一日');
  assert.equal(formatDate('2022-01-11', true), '二〇二二年一月十一日');
  const rng = new Rng(1);
  assert.equal(formatValue(1234567, 'integer', { thousands: true }, rng), '1,234,567');
  assert.equal(formatValue(999, 'integer', { thousands: true }, rng), '999');
  assert.equal(formatValue(null, 'integer', { blank: '—' }, rng), '—');
  assert.equal(formatValue(null, 'integer', {}, rng), '');
  assert.equal(formatValue(-3, 'signed', {}, rng), '-3');
  assert.equal(toFullWidth('12.5'), '１２．５');
  const fee = formatValue(1234.5, 'decimal', { thousands: true }, rng);
  assert.ok(fee === '1,234.5' || fee === '1,234.50', fee);
});
