import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as render from './index.js';
import * as author from '../author/index.js';

test('the public API of render and author changes only on purpose', () => {
  assert.deepEqual(Object.keys(render).sort(), [
    'RENDER_FORMATS',
    'chineseDate',
    'escapeHtml',
    'expandGrid',
    'findBrowser',
    'flatRows',
    'FONT_STACKS',
    'htmlToPdf',
    'isRenderFormat',
    'loadReport',
    'markdownDocument',
    'markdownTable',
    'readCsvReport',
    'readReportJson',
    'readXlsxReport',
    'renderCsv',
    'renderDocx',
    'renderHtml',
    'renderJson',
    'renderMarkdown',
    'renderPdf',
    'renderReport',
    'renderXlsx',
    'reportContent',
    'reportFromBytes',
    'reportGrids',
    'reportVersion',
  ].sort());
  assert.deepEqual(Object.keys(author).sort(), ['FIRST_YEAR', 'GUIDANCE_MARK', 'draftReport', 'isGuidanceLine']);
});

test('renderReport dispatches every listed format', async () => {
  const report = render.readReportJson('{"meta":{"agency":"某镇人民政府","year":2024}}', null);
  for (const to of Object.keys(render.RENDER_FORMATS) as render.RenderFormat[]) {
    if (to === 'pdf') continue;
    const out = await render.renderReport(report, to);
    assert.ok(out.length > 0, to);
    assert.equal(typeof out === 'string', !render.RENDER_FORMATS[to].binary, to);
  }
  assert.equal(render.isRenderFormat('odt'), false);
});
