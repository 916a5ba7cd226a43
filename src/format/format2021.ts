/** 国办公开办函〔2021〕30号: the format for report years 2021 onward (format-spec §2). */
import {
  APPEAL_COLUMNS,
  APPEAL_GROUPS,
  REQUEST_COLUMNS,
  REQUEST_GROUPS,
  REQUEST_NOTE,
  ROWS_AFTER_OTHER_DISPOSAL,
  ROWS_BEFORE_OTHER_DISPOSAL,
  SECTIONS,
  requestIdentities,
} from './common.js';
import type { ColumnDef, FormatDef, RequestRowDef } from './types.js';

const decisions: ColumnDef[] = [{ key: 'decisions', label: '本年处理决定数量', anchors: ['处理决定数量'] }];

const otherDisposalRows: RequestRowDef[] = [
  {
    key: 'otherDisposal.overdueCorrection',
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    anchors: ['逾期不补正'],
    group: 'otherDisposal',
    outcome: true,
  },
  {
    key: 'otherDisposal.overdueFee',
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    anchors: ['收费通知', '缴纳费用'],
    group: 'otherDisposal',
    outcome: true,
  },
  { key: 'otherDisposal.other', label: '3.其他', anchors: [], exact: ['其他'], group: 'otherDisposal', outcome: true },
];

const requestRows = [...ROWS_BEFORE_OTHER_DISPOSAL, ...otherDisposalRows, ...ROWS_AFTER_OTHER_DISPOSAL];

export const FORMAT_2021: FormatDef = {
  version: '2021',
  name: '中华人民共和国政府信息公开工作年度报告格式',
  citation: '国办公开办函〔2021〕30号',
  sections: SECTIONS,
  active: [
    {
      caption: '第二十条第（一）项',
      columns: [
        { key: 'issued', label: '本年制发件数', anchors: ['制发件数'] },
        { key: 'repealed', label: '本年废止件数', anchors: ['废止件数'] },
        { key: 'inForce', label: '现行有效件数', anchors: ['现行有效'] },
      ],
      rows: [
        { key: 'regulations', label: '规章', anchors: [], exact: ['规章'], valueType: 'integer' },
        {
          key: 'normativeDocs',
          label: '行政规范性文件',
          anchors: ['规范性文件'],
          valueType: 'integer',
          outdated: ['规范性文件'],
        },
      ],
    },
    {
      caption: '第二十条第（五）项',
      columns: decisions,
      rows: [{ key: 'licensing', label: '行政许可', anchors: [], exact: ['行政许可'], valueType: 'integer' }],
    },
    {
      caption: '第二十条第（六）项',
      columns: decisions,
      rows: [
        { key: 'penalty', label: '行政处罚', anchors: [], exact: ['行政处罚'], valueType: 'integer' },
        { key: 'coercion', label: '行政强制', anchors: [], exact: ['行政强制'], valueType: 'integer' },
      ],
    },
    {
      caption: '第二十条第（八）项',
      columns: [{ key: 'amount', label: '本年收费金额（单位：万元）', anchors: ['收费金额'], valueType: 'decimal' }],
      rows: [{ key: 'fees', label: '行政事业性收费', anchors: ['事业性收费'], valueType: 'integer' }],
    },
  ],
  requestColumns: REQUEST_COLUMNS,
  requestGroups: REQUEST_GROUPS,
  requestRows,
  requestNote: REQUEST_NOTE,
  appealGroups: APPEAL_GROUPS,
  appealColumns: APPEAL_COLUMNS,
  identities: requestIdentities(requestRows.filter((r) => r.outcome).map((r) => r.key)),
  markers: ['本年制发件数', '本年废止件数', '现行有效件数', '逾期不补正', '收费通知'],
};
