/** Parts shared by the 2019 trial format and the 2021 format: section headings, Table B columns and most rows, Table C. */
import type { AppealGroupDef, ColumnDef, IdentityDef, RequestGroupDef, RequestRowDef, SectionDef } from './types.js';

export const SECTIONS: SectionDef[] = [
  { key: 'overview', ordinal: '一', heading: '总体情况', anchors: ['总体情况', '总体概况', '概述'] },
  { key: 'activeDisclosure', ordinal: '二', heading: '主动公开政府信息情况', anchors: ['主动公开'] },
  {
    key: 'requests',
    ordinal: '三',
    heading: '收到和处理政府信息公开申请情况',
    anchors: ['收到和处理', '公开申请情况', '依申请公开'],
  },
  { key: 'appeals', ordinal: '四', heading: '政府信息公开行政复议、行政诉讼情况', anchors: ['行政复议', '行政诉讼'] },
  { key: 'problems', ordinal: '五', heading: '存在的主要问题及改进情况', anchors: ['主要问题', '存在的问题', '改进情况'] },
  { key: 'other', ordinal: '六', heading: '其他需要报告的事项', anchors: ['其他需要报告', '其他事项'] },
];

export const REQUEST_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

export const REQUEST_COLUMNS: ColumnDef[] = [
  { key: 'naturalPerson', label: '自然人', anchors: ['自然人'] },
  { key: 'commercial', label: '商业企业', anchors: ['商业企业'] },
  { key: 'research', label: '科研机构', anchors: ['科研机构'] },
  { key: 'socialWelfare', label: '社会公益组织', anchors: ['社会公益组织', '公益组织'] },
  { key: 'legalService', label: '法律服务机构', anchors: ['法律服务机构'] },
  { key: 'other', label: '其他', anchors: [], exact: ['其他'] },
  { key: 'total', label: '总计', anchors: [], exact: ['总计'] },
];

export const REQUEST_GROUPS: RequestGroupDef[] = [
  { key: 'withheld', label: '（三）不予公开', anchors: ['不予公开'] },
  { key: 'unavailable', label: '（四）无法提供', anchors: ['无法提供'] },
  { key: 'notProcessed', label: '（五）不予处理', anchors: ['不予处理'] },
  { key: 'otherDisposal', label: '（六）其他处理', anchors: ['其他处理'] },
];

export const ROWS_BEFORE_OTHER_DISPOSAL: RequestRowDef[] = [
  { key: 'newReceived', label: '一、本年新收政府信息公开申请数量', anchors: ['本年新收'] },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量', anchors: ['上年结转', '上年转结'] },
  { key: 'granted', label: '（一）予以公开', anchors: ['予以公开'], outcome: true },
  {
    key: 'partiallyGranted',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    anchors: ['部分公开'],
    outcome: true,
    corruptions: [{ wrong: '只记', right: '只计' }],
  },
  { key: 'withheld.stateSecret', label: '1.属于国家秘密', anchors: ['国家秘密'], group: 'withheld', outcome: true },
  {
    key: 'withheld.prohibitedByLaw',
    label: '2.其他法律行政法规禁止公开',
    anchors: ['禁止公开'],
    group: 'withheld',
    outcome: true,
  },
  {
    key: 'withheld.threeSecurityOneStability',
    label: '3.危及“三安全一稳定”',
    anchors: ['三安全', '一稳定'],
    group: 'withheld',
    outcome: true,
  },
  { key: 'withheld.thirdPartyRights', label: '4.保护第三方合法权益', anchors: ['第三方'], group: 'withheld', outcome: true },
  {
    key: 'withheld.internalAffairs',
    label: '5.属于三类内部事务信息',
    anchors: ['内部事务', '三类内容事务'],
    group: 'withheld',
    outcome: true,
    corruptions: [{ wrong: '内容事务', right: '内部事务' }],
  },
  { key: 'withheld.processInfo', label: '6.属于四类过程性信息', anchors: ['过程性'], group: 'withheld', outcome: true },
  {
    key: 'withheld.enforcementCaseFile',
    label: '7.属于行政执法案卷',
    anchors: ['执法案卷'],
    group: 'withheld',
    outcome: true,
  },
  { key: 'withheld.adminQuery', label: '8.属于行政查询事项', anchors: ['查询事项'], group: 'withheld', outcome: true },
  {
    key: 'unavailable.notHeld',
    label: '1.本机关不掌握相关政府信息',
    anchors: ['不掌握'],
    group: 'unavailable',
    outcome: true,
  },
  {
    key: 'unavailable.needsCreation',
    label: '2.没有现成信息需要另行制作',
    anchors: ['另行制作', '没有现成'],
    group: 'unavailable',
    outcome: true,
  },
  {
    key: 'unavailable.unclearAfterCorrection',
    label: '3.补正后申请内容仍不明确',
    anchors: ['仍不明确', '补正后申请'],
    group: 'unavailable',
    outcome: true,
  },
  {
    key: 'notProcessed.complaint',
    label: '1.信访举报投诉类申请',
    anchors: ['信访', '举报投诉'],
    group: 'notProcessed',
    outcome: true,
  },
  { key: 'notProcessed.duplicate', label: '2.重复申请', anchors: ['重复申请'], group: 'notProcessed', outcome: true },
  {
    key: 'notProcessed.publication',
    label: '3.要求提供公开出版物',
    anchors: ['出版物'],
    group: 'notProcessed',
    outcome: true,
  },
  {
    key: 'notProcessed.massRepeated',
    label: '4.无正当理由大量反复申请',
    anchors: ['大量反复'],
    group: 'notProcessed',
    outcome: true,
  },
  {
    key: 'notProcessed.confirmOrReissue',
    label: '5.要求行政机关确认或重新出具已获取信息',
    anchors: ['确认或', '已获取信息'],
    group: 'notProcessed',
    outcome: true,
    corruptions: [{ wrong: '重复出具', right: '重新出具' }],
  },
];

export const ROWS_AFTER_OTHER_DISPOSAL: RequestRowDef[] = [
  { key: 'totalProcessed', label: '（七）总计', anchors: [], exact: ['总计'] },
  { key: 'carriedForward', label: '四、结转下年度继续办理', anchors: ['结转下年度', '下年度继续'] },
];

export const APPEAL_GROUPS: AppealGroupDef[] = [
  { key: 'review', label: '行政复议', anchors: ['行政复议'] },
  { key: 'litigationDirect', label: '未经复议直接起诉', anchors: ['直接起诉', '未经复议'] },
  { key: 'litigationAfterReview', label: '复议后起诉', anchors: ['复议后起诉'] },
];

export const APPEAL_COLUMNS: ColumnDef[] = [
  { key: 'upheld', label: '结果维持', anchors: ['维持'] },
  { key: 'corrected', label: '结果纠正', anchors: ['纠正'] },
  { key: 'other', label: '其他结果', anchors: ['其他结果'] },
  { key: 'pending', label: '尚未审结', anchors: ['尚未审结', '未审结'] },
  { key: 'total', label: '总计', anchors: [], exact: ['总计'] },
];

/** Identities over the request rows; `outcomeRows` differ between the formats. */
export function requestIdentities(outcomeRows: string[]): IdentityDef[] {
  const applicantColumns = REQUEST_COLUMNS.filter((c) => c.key !== 'total').map((c) => c.key);
  return [
    {
      id: 'B1-balance',
      table: 'requests',
      lhs: ['newReceived', 'carriedOver'],
      rhs: ['totalProcessed', 'carriedForward'],
      scope: 'each column',
      spec: 'format-spec §4.1 ARITH-B1',
      official: true,
    },
    {
      id: 'B2-outcome-sum',
      table: 'requests',
      lhs: ['totalProcessed'],
      rhs: outcomeRows,
      scope: 'each column',
      spec: 'format-spec §4.2 ARITH-B2',
      official: false,
    },
    {
      id: 'B3-row-total',
      table: 'requests',
      lhs: ['total'],
      rhs: applicantColumns,
      scope: 'each row',
      spec: 'format-spec §4.2 ARITH-B3',
      official: false,
    },
    {
      id: 'C1-appeal-total',
      table: 'appeals',
      lhs: ['total'],
      rhs: ['upheld', 'corrected', 'other', 'pending'],
      scope: 'each group',
      spec: 'format-spec §4.2 ARITH-C1',
      official: false,
    },
  ];
}
