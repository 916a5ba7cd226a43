import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ProgressBar, renderProgress } from './progress.js';

test('the bar shows count, percentage and rate', () => {
  assert.equal(renderProgress(12, 40, 4000, 'zh-CN'), `[${'█'.repeat(7)}${'░'.repeat(17)}] 12/40 30% 3.0 个/秒`);
  assert.equal(renderProgress(12, 40, 4000, 'en'), `[${'█'.repeat(7)}${'░'.repeat(17)}] 12/40 30% 3.0 files/s`);
  assert.equal(renderProgress(0, 5, 0, 'zh-CN'), `[${'░'.repeat(24)}] 0/5 0%`);
  assert.equal(renderProgress(5, 5, 2000, 'zh-CN'), `[${'█'.repeat(24)}] 5/5 100% 2.5 个/秒`);
});

test('log lines go above the bar, finish clears it', () => {
  let written = '';
  // Every read of the clock advances it one second: start 1000, first draw 2000, then 3000, 4000, 5000.
  let clock = 0;
  const bar = new ProgressBar({ write: (text: string) => (written += text) }, 2, 'zh-CN', () => (clock += 1000));
  bar.tick();
  bar.log('a.bin: 文件为空');
  bar.tick();
  bar.finish();
  assert.equal(
    written,
    [
      `\r[${'░'.repeat(24)}] 0/2 0%\u001b[K`,
      `\r[${'█'.repeat(12)}${'░'.repeat(12)}] 1/2 50% 0.5 个/秒\u001b[K`,
      '\r\u001b[Ka.bin: 文件为空\n',
      `\r[${'█'.repeat(12)}${'░'.repeat(12)}] 1/2 50% 0.3 个/秒\u001b[K`,
      `\r[${'█'.repeat(24)}] 2/2 100% 0.5 个/秒\u001b[K`,
      '\r\u001b[K',
    ].join(''),
  );
});
