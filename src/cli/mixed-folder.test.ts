/**
 * `gongkai check FOLDER` over what a real download folder holds: the same report as HTML, DOCX, two PDFs and text in
 * UTF-8 and GBK (fixtures/same-report), next to files that cannot be read. Runs the real pipeline in-process.
 */
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { CheckJsonEntry } from '../output/json.js';
import { Rng } from '../testing/rng.js';
import { main } from './main.js';
import { tempDir } from '../testing/temp.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/same-report/${name}`, import.meta.url));

const REPORTS = ['report.html', 'report.docx', 'report-chromium.pdf', 'report-lo.pdf', 'report.txt', 'report-gbk.txt'];

/** Broken files with the error code each must get. */
const BROKEN: Record<string, string> = {
  'empty.txt': 'empty',
  'truncated.pdf': 'corrupt',
  'truncated.docx': 'corrupt',
  'random.bin': 'unsupported-type',
  'shopping-list.txt': 'not-a-report',
};

function mixedFolder(): string {
  const dir = tempDir('gongkai-mixed-');
  for (const name of REPORTS) copyFileSync(fixture(name), join(dir, name));
  const half = (name: string) => {
    const bytes = readFileSync(fixture(name));
    return bytes.subarray(0, bytes.length >> 1);
  };
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'truncated.pdf'), half('report-chromium.pdf'));
  writeFileSync(join(dir, 'truncated.docx'), half('report.docx'));
  const rng = new Rng(7);
  writeFileSync(join(dir, 'random.bin'), Uint8Array.from({ length: 4096 }, () => rng.int(0, 255)));
  writeFileSync(join(dir, 'shopping-list.txt'), '周末采购清单\n鸡蛋两盒\n牛奶一箱\n记得带购物袋\n');
  return dir;
}

test('check over a mixed folder: findings for every report, one line per broken file, the batch finishes, exit 2', { timeout: 5 * 60_000 }, async () => {
  const dir = mixedFolder();
  let stdout = '';
  let stderr = '';
  const code = await main(['check', dir, '--format', 'json'], {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    env: {},
  });
  assert.equal(code, 2);

  // Every file has an entry, in path order: nothing was skipped or lost when a file before it failed.
  const entries = JSON.parse(stdout) as CheckJsonEntry[];
  const names = [...REPORTS, ...Object.keys(BROKEN)].sort();
  assert.deepEqual(
    entries.map((entry) => entry.file),
    names.map((name) => join(dir, name)),
  );
  for (const entry of entries) {
    const name = entry.file.slice(dir.length + 1);
    if (name in BROKEN) {
      assert.equal(entry.error?.code, BROKEN[name], name);
      assert.deepEqual(entry.findings, [], name);
    } else {
      // The same report everywhere, so the same findings: its text says nothing of the 4 reviews and 3 lawsuits in 表四.
      assert.equal(entry.error, undefined, `${name}: ${entry.error?.message}`);
      assert.deepEqual(
        entry.findings.map((finding) => [finding.ruleId, finding.severity, finding.message]),
        [
          ['text-appeals', 'warning', '四表有行政复议 4 件，但“一、总体情况”和“五、存在的主要问题及改进情况”均未提及。'],
          ['text-appeals', 'warning', '四表有行政诉讼 3 件，但“一、总体情况”和“五、存在的主要问题及改进情况”均未提及。'],
        ],
        name,
      );
    }
  }

  // stderr: exactly one line per broken file, naming it and saying what is wrong, in Chinese, without a stack trace.
  const lines = stderr.split('\n').slice(0, -1);
  assert.deepEqual(
    lines.map((line) => line.slice(0, line.indexOf(': '))),
    Object.keys(BROKEN).sort().map((name) => join(dir, name)),
  );
  for (const line of lines) assert.match(line, /: [^\n]*[\u4e00-\u9fff][^\n]*$/u);
  assert.doesNotMatch(stderr, /\n\s+at /);
  const lineFor = (name: string) => lines.find((line) => line.startsWith(`${join(dir, name)}: `)) ?? '';
  assert.match(lineFor('truncated.pdf'), /PDF 文件不完整/);
  assert.match(lineFor('truncated.docx'), /ZIP 压缩包已损坏或不完整/);
  assert.match(lineFor('shopping-list.txt'), /不是政府信息公开工作年度报告/);
});

test('the same folder in the terminal format: each report under its name, the summary counts the unreadable files', { timeout: 5 * 60_000 }, async () => {
  const dir = mixedFolder();
  let stdout = '';
  const code = await main(['check', dir], {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: () => true, isTTY: false },
    env: {},
  });
  assert.equal(code, 2);
  for (const name of REPORTS) assert.ok(stdout.includes(`${join(dir, name)}\n`), name);
  assert.match(stdout, /✖ 12 个问题（0 个错误，0 个不一致，12 个警告，0 个提示），共 11 个文件；5 个文件无法处理\n$/);
});
