import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { runCommand } from '../command.js';
import { capture, usageError } from '../../testing/cli-io.js';
import { init } from './init.js';

const sample = fileURLToPath(new URL('../../../fixtures/render/sample-2021.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gongkai-cli-init-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('init writes a draft to stdout or a file, refuses to overwrite without --force', async () => {
  const io = capture();
  assert.equal(await runCommand(init, ['--agency', '青禾县柳湾镇人民政府', '--year', '2025'], io.runtime, 'zh-CN'), 0);
  assert.match(io.out(), /^# 青禾县柳湾镇人民政府2025年政府信息公开工作年度报告\n/);

  const draft = join(dir, 'draft.md');
  const args = ['--agency', '青禾县柳湾镇人民政府', '--year', '2025', '--previous', sample, '-o', draft];
  assert.equal(await runCommand(init, args, io.runtime, 'zh-CN'), 0);
  assert.ok(readFileSync(draft, 'utf8').includes('| 二、上年结转政府信息公开申请数量 |  |  | 1 | 0 | 0 | 0 | 0 | 0 | 1 |'));
  writeFileSync(draft, '我已经填了一半');
  await usageError(runCommand(init, args, io.runtime, 'zh-CN'), /文件已存在/);
  assert.equal(readFileSync(draft, 'utf8'), '我已经填了一半');
  assert.equal(await runCommand(init, [...args, '--force'], io.runtime, 'zh-CN'), 0);
  assert.match(readFileSync(draft, 'utf8'), /^# /);
});

test('init warns on stderr when the previous report is of another year', async () => {
  const io = capture();
  await runCommand(init, ['--agency', '青禾县柳湾镇人民政府', '--year', '2027', '--previous', sample], io.runtime, 'zh-CN');
  assert.match(io.err(), /^警告: 上年报告的统计年度是 2024 年，不是 2026 年/);
});

test('init usage errors', async () => {
  const io = capture();
  await usageError(runCommand(init, ['--year', '2024'], io.runtime, 'zh-CN'), /--agency/);
  await usageError(runCommand(init, ['--agency', '某镇人民政府'], io.runtime, 'zh-CN'), /--year/);
  await usageError(runCommand(init, ['--agency', '某镇人民政府', '--year', '24'], io.runtime, 'zh-CN'), /四位年份/);
  await usageError(runCommand(init, ['--agency', '某镇人民政府', '--year', '2015'], io.runtime, 'zh-CN'), /2019 年及以后/);
  await usageError(runCommand(init, ['--agency', 'x', '--year', '2024', 'extra'], io.runtime, 'zh-CN'), /多余的参数/);
});
