import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { runCommand } from '../command.js';
import { capture, usageError } from '../../testing/cli-io.js';
import { render } from './render.js';

const sample = fileURLToPath(new URL('../../../fixtures/render/sample-2021.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gongkai-cli-render-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('render --to md writes Markdown to stdout', async () => {
  const io = capture();
  assert.equal(await runCommand(render, [sample, '--to', 'md'], io.runtime, 'zh-CN'), 0);
  assert.match(io.out(), /^# 青禾县柳湾镇人民政府2024年政府信息公开工作年度报告\n/);
});

test('render picks the format from the -o extension and writes binary files', async () => {
  const io = capture();
  const out = join(dir, 'report.docx');
  assert.equal(await runCommand(render, [sample, '-o', out], io.runtime, 'zh-CN'), 0);
  assert.equal(readFileSync(out).subarray(0, 2).toString('latin1'), 'PK');
  assert.equal(io.out(), '');
  const html = join(dir, 'report.htm');
  await runCommand(render, [sample, '-o', html], io.runtime, 'zh-CN');
  assert.match(readFileSync(html, 'utf8'), /^<!DOCTYPE html>/);
});

test('render accepts a draft or any document, through ingest and extract', async () => {
  const io = capture();
  const md = join(dir, 'report.md');
  await runCommand(render, [sample, '-o', md], io.runtime, 'zh-CN');
  const csv = join(dir, 'report.csv');
  await runCommand(render, [md, '--to', 'csv', '-o', csv], io.runtime, 'zh-CN');
  assert.match(readFileSync(csv, 'utf8'), /\r\nrequests\.newReceived\.total,一、本年新收政府信息公开申请数量 \/ 总计,6\r\n/);
});

test('render usage errors are clear, in Chinese or English', async () => {
  const io = capture();
  await usageError(runCommand(render, [sample], io.runtime, 'zh-CN'), /请用 --to 指定输出格式/);
  await usageError(runCommand(render, [sample, '--to', 'odt'], io.runtime, 'zh-CN'), /--to 的取值应为 html\|md\|docx\|xlsx\|pdf\|json\|csv/);
  await usageError(runCommand(render, [sample, '--to', 'xlsx'], io.runtime, 'zh-CN'), /请用 -o 指定输出文件/);
  await usageError(runCommand(render, [], io.runtime, 'zh-CN'), /请给出要输出的年报文件/);
  await usageError(runCommand(render, [sample, sample, '--to', 'md'], io.runtime, 'zh-CN'), /只接受一个文件/);
  await usageError(runCommand(render, [sample, '--to', 'pdf', '--lang', 'en'], io.runtime, 'zh-CN'), /give it with -o/);
  await usageError(
    runCommand(render, [sample, '--to', 'docx', '-o', join(dir, 'no-such-folder', 'x.docx')], io.runtime, 'zh-CN'),
    /无法写入输出文件：所在文件夹不存在/,
  );
  await assert.rejects(runCommand(render, [join(dir, 'missing.json'), '--to', 'md'], io.runtime, 'zh-CN'), /文件不存在/);
});

test('render --help is Chinese by default', async () => {
  const io = capture();
  assert.equal(await runCommand(render, ['--help'], io.runtime, 'zh-CN'), 0);
  assert.match(io.out(), /^用法：gongkai render 文件 --to 格式/);
});
