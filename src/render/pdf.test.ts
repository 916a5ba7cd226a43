import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { GongkaiError } from '../errors.js';
import { readReportJson } from './json.js';
import { findBrowser, htmlToPdf, renderPdf } from './pdf.js';

const fixture = (name: string) =>
  readReportJson(readFileSync(new URL(`../../fixtures/render/${name}`, import.meta.url), 'utf8'), name);
const dir = mkdtempSync(join(tmpdir(), 'gongkai-pdf-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in browser: a shell script that records its profile folder and pid, then runs `body`. */
function fakeBrowser(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    `#!/bin/sh\nfor a in "$@"; do case "$a" in --user-data-dir=*) echo "\${a#--user-data-dir=}" > "${path}.profile";; esac; done\necho $$ > "${path}.pid"\n${body}\n`,
  );
  chmodSync(path, 0o755);
  return path;
}

async function rejectsWith(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof GongkaiError, String(error));
    assert.match(error.message, pattern);
    return true;
  });
}

const browser = await findBrowser();

test('PDF through headless Chromium: a real PDF with the tables text', { skip: browser ? false : 'no Chromium on PATH', timeout: 120_000 }, async () => {
  const pdf = await renderPdf(fixture('sample-2021.json'));
  assert.equal(Buffer.from(pdf.subarray(0, 5)).toString('latin1'), '%PDF-');
  const file = join(dir, 'sample.pdf');
  writeFileSync(file, pdf);
  const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  if (text.status !== 0) return;
  const flat = text.stdout.replace(/\s+/g, '');
  for (const label of ['青禾县柳湾镇人民政府2024年', '第二十条第（一）项', '一、本年新收政府信息公开申请数量', '复议后起诉', '2025年1月20日']) {
    assert.ok(flat.includes(label), `PDF text lacks ${label}`);
  }
});

test('without a browser on PATH, PDF fails with a clear Chinese message', async () => {
  assert.equal(await findBrowser(''), null);
  const saved = process.env.PATH;
  process.env.PATH = dir;
  try {
    await rejectsWith(renderPdf(fixture('sample-2021.json')), /需要 Chromium 或 Google Chrome/);
  } finally {
    process.env.PATH = saved;
  }
});

test('a browser that cannot start, fails or writes nothing gives a GongkaiError', async () => {
  await rejectsWith(htmlToPdf('<p>x</p>', { browser: join(dir, 'no-such-browser') }), /无法启动浏览器/);
  await rejectsWith(htmlToPdf('<p>x</p>', { browser: fakeBrowser('failing', 'echo boom >&2; exit 3') }), /退出码 3.*boom/);
  await rejectsWith(htmlToPdf('<p>x</p>', { browser: fakeBrowser('silent', 'exit 0') }), /未生成 PDF/);
});

test('a hanging browser is killed after the timeout and its temporary files are removed', async () => {
  const hanging = fakeBrowser('hanging', 'sleep 30');
  await rejectsWith(htmlToPdf('<p>x</p>', { browser: hanging, timeoutMs: 300 }), /超时/);
  const profile = readFileSync(`${hanging}.profile`, 'utf8').trim();
  assert.ok(profile.includes('gongkai-pdf-'));
  assert.equal(existsSync(dirname(profile)), false, 'temporary folder left behind');
  const pid = Number(readFileSync(`${hanging}.pid`, 'utf8'));
  assert.throws(() => process.kill(pid, 0), /ESRCH/, 'browser process still running');
});

test('temporary files are removed after a successful print too', async () => {
  const fake = fakeBrowser('writer', 'for a in "$@"; do case "$a" in --print-to-pdf=*) printf "%%PDF-1.4 fake" > "${a#--print-to-pdf=}";; esac; done');
  const pdf = await htmlToPdf('<p>x</p>', { browser: fake });
  assert.equal(Buffer.from(pdf).toString('latin1'), '%PDF-1.4 fake');
  const profile = readFileSync(`${fake}.profile`, 'utf8').trim();
  assert.equal(existsSync(dirname(profile)), false);
});
