import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textToDocument } from '../ingest/index.js';
import { extractReport } from './index.js';

// A report that numbers its six sections 1、 to 6、 and its overview's parts the same way (fictional wording).
const NUMBERED = [
  '白石街道办事处2025年政府信息公开工作年度报告',
  '1、 总体情况',
  '2025年度，白石街道依法做好政府信息公开工作。',
  '1、 主动公开。全年发布各类信息四十余条。',
  '2、 依申请公开。全年未收到政府信息公开申请。',
  '2、主动公开政府信息情况',
  '3、收到和处理政府信息公开申请情况',
  '4、政府信息公开行政复议、行政诉讼情况',
  '5、存在的主要问题及改进情况',
  '一是公开不够及时。',
  '6、其他需要报告的事项',
  '本年度未收取信息处理费。',
];

test('sections numbered 1、 to 6、 with their official words are the six sections; the overview’s 1、 parts are not', () => {
  const { sections } = extractReport(textToDocument(NUMBERED.join('\n')));
  assert.deepEqual(
    Object.entries(sections).filter(([, s]) => s).map(([key, s]) => [key, s?.heading]),
    [
      ['overview', '1、 总体情况'],
      ['activeDisclosure', '2、主动公开政府信息情况'],
      ['requests', '3、收到和处理政府信息公开申请情况'],
      ['appeals', '4、政府信息公开行政复议、行政诉讼情况'],
      ['problems', '5、存在的主要问题及改进情况'],
      ['other', '6、其他需要报告的事项'],
    ],
  );
  assert.match(sections.overview?.text ?? '', /2、 依申请公开/);
});

test('a digit that is not the section’s own number (2、总体情况) is not its heading', () => {
  const lines = NUMBERED.map((line) => (line === '1、 总体情况' ? '2、总体情况' : line));
  assert.equal(extractReport(textToDocument(lines.join('\n'))).sections.overview ?? null, null);
});
