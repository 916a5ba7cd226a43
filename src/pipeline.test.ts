import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GongkaiError } from './errors.js';
import { processFile, readReport, toFileError } from './pipeline.js';
import { tempDir } from './testing/temp.js';

const dir = tempDir('gongkai-pipeline-');

test('unreadable files come back as errors, never thrown', async () => {
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'noise.bin'), Buffer.from([0, 1, 2, 3, 0, 0, 7, 8, 0, 1, 2, 3, 254, 255, 0, 3]));
  writeFileSync(join(dir, 'note.txt'), '会议通知\n请各单位于周五下午三点参加例会。\n');
  const missing = await processFile(join(dir, 'missing.txt'));
  assert.deepEqual(missing, { file: join(dir, 'missing.txt'), error: { code: 'not-found', message: '文件不存在或无法访问' } });
  assert.equal((await processFile(join(dir, 'empty.txt'))).error?.code, 'empty');
  assert.equal((await processFile(join(dir, 'noise.bin'))).error?.code, 'unsupported-type');
  const note = await processFile(join(dir, 'note.txt'));
  assert.equal(note.error?.code, 'not-a-report');
  assert.equal(note.report, undefined);
  await assert.rejects(readReport(join(dir, 'note.txt')), (error) => error instanceof GongkaiError && error.code === 'not-a-report');
});

test('check: false returns the report without findings', async () => {
  const file = join(dir, 'report.txt');
  writeFileSync(
    file,
    ['青禾县白石镇人民政府2024年政府信息公开工作年度报告', '一、总体情况', '本镇推进政务公开。', '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项', '青禾县白石镇人民政府', '2025年1月20日'].join('\n'),
  );
  const parsed = await processFile(file, { check: false });
  assert.equal(parsed.error, undefined);
  assert.equal(parsed.report?.source.file, file);
  assert.equal(parsed.findings, undefined);
  const checked = await processFile(file);
  assert.ok(Array.isArray(checked.findings));
});

test('toFileError keeps GongkaiError codes and wraps anything else as internal', () => {
  assert.deepEqual(toFileError(new GongkaiError('corrupt', 'PDF 文件已损坏', 'a.pdf')), { code: 'corrupt', message: 'PDF 文件已损坏' });
  const cause = new TypeError('x is undefined');
  assert.deepEqual(toFileError(cause), { code: 'internal', message: 'x is undefined', cause });
  assert.deepEqual(toFileError('plain'), { code: 'internal', message: 'plain', cause: 'plain' });
});
