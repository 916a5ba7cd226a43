/** 国办公开办函〔2019〕60号 trial format, report years 2019–2020 (format-spec §3). */
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

const itemColumns: ColumnDef[] = [
  { key: 'previousItems', label: '上一年项目数量', anchors: ['上一年项目'] },
  { key: 'change', label: '本年增/减', anchors: ['增/减', '增减'], valueType: 'signed' },
];
const withDecisions: ColumnDef[] = [
  ...itemColumns,
  { key: 'decisions', label: '处理决定数量', anchors: ['处理决定数量'] },
];

const otherDisposal: RequestRowDef = {
  key: 'otherDisposal',
  label: '（六）其他处理',
  anchors: ['其他处理'],
  outcome: true,
};

const requestRows = [...ROWS_BEFORE_OTHER_DISPOSAL, otherDisposal, ...ROWS_AFTER_OTHER_DISPOSAL];

export const FORMAT_2019: FormatDef = {
  version: '2019',
  name: '中华人民共和国政府信息公开工作年度报告格式（试行）',
  citation: '国办公开办函〔2019〕60号',
  sections: SECTIONS,
  active: [
    {
      caption: '第二十条第（一）项',
      columns: [
        { key: 'made', label: '本年新制作数量', anchors: ['新制作'] },
        { key: 'published', label: '本年新公开数量', anchors: ['新公开'] },
        { key: 'totalPublished', label: '对外公开总数量', anchors: ['对外公开总数'] },
      ],
      rows: [
        { key: 'regulations', label: '规章', anchors: [], exact: ['规章'], valueType: 'integer' },
        { key: 'normativeDocs', label: '规范性文件', anchors: ['规范性文件'], valueType: 'integer' },
      ],
    },
    {
      caption: '第二十条第（五）项',
      columns: withDecisions,
      rows: [
        { key: 'licensing', label: '行政许可', anchors: [], exact: ['行政许可'], valueType: 'integer' },
        { key: 'otherServices', label: '其他对外管理服务事项', anchors: ['对外管理服务'], valueType: 'integer' },
      ],
    },
    {
      caption: '第二十条第（六）项',
      columns: withDecisions,
      rows: [
        { key: 'penalty', label: '行政处罚', anchors: [], exact: ['行政处罚'], valueType: 'integer' },
        { key: 'coercion', label: '行政强制', anchors: [], exact: ['行政强制'], valueType: 'integer' },
      ],
    },
    {
      caption: '第二十条第（八）项',
      columns: itemColumns,
      rows: [{ key: 'fees', label: '行政事业性收费', anchors: ['事业性收费'], valueType: 'integer' }],
    },
    {
      caption: '第二十条第（九）项',
      columns: [
        { key: 'items', label: '采购项目数量', anchors: ['采购项目数量'] },
        { key: 'amount', label: '采购总金额', anchors: ['采购总金额'], valueType: 'decimal' },
      ],
      rows: [{ key: 'procurement', label: '政府集中采购', anchors: ['集中采购'], valueType: 'integer' }],
    },
  ],
  requestColumns: REQUEST_COLUMNS,
  requestGroups: REQUEST_GROUPS,
  requestRows,
  requestNote: REQUEST_NOTE,
  appealGroups: APPEAL_GROUPS,
  appealColumns: APPEAL_COLUMNS,
  identities: requestIdentities(requestRows.filter((r) => r.outcome).map((r) => r.key)),
  markers: [
    '第二十条第(九)项',
    '政府集中采购',
    '本年新制作数量',
    '本年新公开数量',
    '对外公开总数量',
    '上一年项目数量',
    '本年增/减',
    '其他对外管理服务事项',
  ],
};
