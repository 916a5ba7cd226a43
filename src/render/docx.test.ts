import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import { renderDocx } from './docx.js';
import { readReportJson } from './json.js';

const fixture = (name: string) =>
  readReportJson(readFileSync(new URL(`../../fixtures/render/${name}`, import.meta.url), 'utf8'), name);

async function parts(name: string): Promise<Record<string, string>> {
  const files = unzipSync(await renderDocx(fixture(name)));
  return Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

test('DOCX: A4 page, East-Asian fonts 仿宋_GB2312 / 宋体 / 黑体, title and 落款 with the Chinese date', async () => {
  const docx = await parts('sample-2021.json');
  const body = docx['word/document.xml'] ?? '';
  const styles = docx['word/styles.xml'] ?? '';
  assert.match(body, /<w:pgSz w:w="11906" w:h="16838"/);
  assert.match(styles, /w:eastAsia="仿宋_GB2312"/);
  assert.match(styles, /w:eastAsia="黑体"/);
  assert.match(body, /w:eastAsia="宋体"/);
  assert.ok(body.includes('青禾县柳湾镇人民政府2024年政府信息公开工作年度报告'));
  assert.match(body, /<w:jc w:val="right"\/>.*?2025年1月20日/s);
});

test('DOCX tables merge cells as the template does', async () => {
  const body = (await parts('sample-2021.json'))['word/document.xml'] ?? '';
  assert.equal(count(body, '<w:tbl>'), 3);
  // Restarts: Table B note, 自然人, 总计, 三、本年度办理结果, four outcome groups; Table C five result columns.
  assert.equal(count(body, '<w:vMerge w:val="restart"/>'), 13);
  // Covered slots below them: 2 + 1 + 1 + 21 + (7 + 2 + 4 + 2) + 5.
  assert.equal(count(body, '<w:vMerge w:val="continue"/>'), 45);
  assert.ok(body.includes('<w:gridSpan w:val="10"/>'), '行政诉讼 spans ten columns');
  assert.ok(/<w:tblHeader\/>/.test(body), 'header rows repeat on each page');
});

test('DOCX of hostile text is well-formed XML without control characters', async () => {
  const docx = await parts('hostile-2021.json');
  const body = docx['word/document.xml'] ?? '';
  assert.equal(XMLValidator.validate(body), true);
  assert.ok(!body.includes('\u0001'));
  assert.ok(body.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
});

const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((path) => existsSync(path));

test('DOCX opens in LibreOffice and converts to PDF', { skip: soffice ? false : 'LibreOffice not installed', timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-docx-test-'));
  try {
    writeFileSync(join(dir, 'report.docx'), await renderDocx(fixture('hostile-2021.json')));
    const result = spawnSync(
      soffice ?? 'soffice',
      [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'report.docx')],
      { encoding: 'utf8', timeout: 110_000 },
    );
    assert.equal(result.status, 0, result.stderr);
    const pdf = readFileSync(join(dir, 'report.pdf'));
    assert.equal(pdf.subarray(0, 4).toString('latin1'), '%PDF');
    const text = spawnSync('pdftotext', [join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
    if (text.status === 0) assert.match(text.stdout.replace(/\s+/g, ''), /本年度办理结果.*复议后起诉/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
