/** regulations-by-body: 乡镇, 街道 and county-level bodies cannot make 规章, so their 规章 counts are zero. */
import { cannotMakeRegulations } from '../agency.js';
import { cellRow, leafValue, rowObject } from '../cells.js';
import type { RuleExamples } from '../examples.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'regulations-by-body',
    severity: 'error',
    description: {
      'zh-CN':
        '规章只能由国务院部门和省级、设区的市级人民政府制定；乡镇人民政府、街道办事处和县级人民政府及其部门的“规章”各栏应为 0。',
      en: '规章 are made only by State Council departments and provincial or districted-city governments; a township’s or county-level body’s 规章 counts are 0.',
    },
    spec: 'format-spec §4.3 XSEC-5 / EV-12',
    formats: ['2019', '2021'],
    messages: {
      notZero: {
        'zh-CN': '乡镇、街道无权制定规章，但二表“规章”一行填有：{values}。',
        en: 'A township or sub-district cannot make 规章, but the 规章 row of Table 二 reads {values}.',
      },
      notZeroCounty: {
        'zh-CN': '县级人民政府及其部门无权制定规章，但二表“规章”一行填有：{values}。',
        en: 'A county-level government or department cannot make 规章, but the 规章 row of Table 二 reads {values}.',
      },
    },
    hint: {
      'zh-CN': '本机关制发的文件应计入“行政规范性文件”，而不是“规章”。',
      en: 'Documents the body issues count as 行政规范性文件, not 规章.',
    },
  },
  check(context) {
    const row = cellRow(context.format, 'active.regulations');
    if (!row) return;
    const node = rowObject(context.report, row);
    const cells = row.cells.map((c) => c.def);
    const nonZero = row.cells
      .filter(({ leaf }) => {
        const value = leafValue(node, leaf);
        return typeof value === 'number' && value !== 0;
      })
      .map((c) => c.def);
    const first = nonZero[0];
    // The level is asked last: for a body without a name-given level it takes a look at the name.
    if (!first) return;
    const body = cannotMakeRegulations(context.report);
    if (!body) return;
    context.emit({
      messageId: body === 'grassroots' ? 'notZero' : 'notZeroCounty',
      data: { values: nonZero.map((c) => `${c.columnLabel} ${context.value(c.key)}`).join('、') },
      location: context.locate(first.key),
      cells: cells.map((c) => context.cell(c.key)),
      expected: 0,
    });
  },
};

export const examples: RuleExamples = {
  valid: [
    { title: '镇：规章为 0', meta: { level: 'township' } },
    { title: '设区的市政府可以制定规章', meta: { level: 'city-government' }, cells: { 'active.regulations.issued': 2 } },
    { title: '县级部门：规章为 0', meta: { level: 'county-department' } },
  ],
  invalid: [
    {
      title: '镇：规章制发 1 件、现行有效 1 件',
      meta: { level: 'township' },
      cells: { 'active.regulations.issued': 1, 'active.regulations.inForce': 1 },
      errors: [{ messageId: 'notZero', key: 'active.regulations.issued', includes: ['本年制发件数 1', '现行有效件数 1'] }],
    },
    {
      title: '县级部门：规章现行有效 3 件',
      meta: { level: 'county-department' },
      cells: { 'active.regulations.inForce': 3 },
      errors: [{ messageId: 'notZeroCounty', key: 'active.regulations.inForce', includes: ['现行有效件数 3'] }],
    },
  ],
};
