/**
 * Filling guidance for a draft, in our own words after format-spec §2.2–2.6. Every line is a Markdown blockquote
 * starting with GUIDANCE_MARK, which extraction skips, so a draft with its guidance left in still parses.
 */
import type { SectionKey } from '../format/types.js';

/** How every guidance line begins; extraction ignores paragraphs that start with it. */
export const GUIDANCE_MARK = '> 【填写说明】';

/** True for a guidance line of a draft (with or without the Markdown `>`, since some tools drop it). */
export function isGuidanceLine(text: string): boolean {
  return /^\s*(>\s*)?【填写说明】/.test(text);
}

export function guidance(lines: string[]): string[] {
  return lines.map((line) => `${GUIDANCE_MARK}${line}`);
}

/** What the previous report determined, for the guidance that explains the prefilled cells. */
export interface PreviousFacts {
  year: number | null;
  /** 现行有效件数 at the end of last year, when the previous report states them. */
  regulationsInForce: number | null;
  normativeDocsInForce: number | null;
  carriedForwardTotal: number | null;
  /** Last year's 五, flattened to one line, for the rectification guidance. */
  problemsText: string | null;
}

export function preambleGuidance(citation: string, formatName: string): string[] {
  return guidance([
    `本稿按《${formatName}》（${citation}）的结构生成。以“【填写说明】”开头的引用行是填写提示，gongkai 解析和检查时会跳过，定稿前请删除。`,
    '表格中的空白单元格请填阿拉伯数字，没有发生的情形填 0，不要留空；填好后运行 gongkai check 检查本文件，问题会按本文件的行号列出。',
  ]);
}

export function sectionGuidance(year: number, previous: PreviousFacts | null): Record<SectionKey, string[]> {
  const inForce =
    previous && (previous.regulationsInForce !== null || previous.normativeDocsInForce !== null)
      ? `“现行有效件数”已预填上年报告的现行有效件数（规章 ${show(previous.regulationsInForce)} 件、行政规范性文件 ${show(previous.normativeDocsInForce)} 件），这只是起点：请改为 上年现行有效件数 + 本年制发件数 − 本年废止件数。`
      : '“现行有效件数”一般等于上年的现行有效件数加本年制发件数、减本年废止件数。';
  const carried = previous
    ? `“二、上年结转”一行已按上年报告的“四、结转下年度继续办理”逐列预填（合计 ${show(previous.carriedForwardTotal)} 件），请核对。`
    : '“二、上年结转”一行应逐列等于上年报告“四、结转下年度继续办理”的数字。';
  const rectification = previous?.problemsText
    ? [`上年报告本部分原文摘录，供逐项对照整改：“${previous.problemsText}”`]
    : [];
  return {
    overview: guidance([
      `综述本机关${year}年贯彻落实《中华人民共和国政府信息公开条例》的情况，分五个方面写：主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障。`,
      '各级人民政府（含乡镇人民政府、街道办事处）在“监督保障”中还要写明工作考核、社会评议和责任追究结果情况。',
      '正文提到的申请件数、复议诉讼件数，要与下面表三、表四的数字一致。',
    ]),
    activeDisclosure: guidance([
      '按条例第二十条第（一）（五）（六）（八）项填写下表。收费金额以万元为单位，可保留两位小数。',
      '乡镇人民政府、街道办事处没有规章制定权，“规章”一行填 0。',
      inForce,
    ]),
    requests: guidance([
      '每一列都要满足：第一项加第二项之和，等于第三项（七）总计加第四项；（一）至（六）各项之和等于（七）总计；“总计”列等于前六列之和。',
      '区分处理（部分公开）的申请只计入（二），不再计入其他情形。',
      carried,
    ]),
    appeals: guidance([
      '每组的“总计”等于结果维持、结果纠正、其他结果、尚未审结四项之和；没有复议诉讼的全部填 0。',
      '复议机关作共同被告的行政诉讼，只计原行为机关的案件数。',
    ]),
    problems: guidance([
      '写明本年度工作中存在的具体问题和改进措施，并逐项说明上一年度报告所提问题的整改情况。避免套话，不要照搬往年内容。',
      ...rectification,
    ]),
    other: guidance([
      '写明信息处理费情况：收取的，写明发出收费通知的件数和总金额，以及实际收取的总金额；未收取的，写明本年度未收取信息处理费。',
      '表三“（六）其他处理”第 2 项（逾期未按收费通知缴费）不为 0 时，这里的收费通知件数应与之相互印证。',
      '落实年度政务公开工作要点、公开人大代表建议和政协提案办理结果等其他需要报告的事项，也写在这里。',
    ]),
  };
}

export function signatureGuidance(year: number): string[] {
  return guidance([
    `落款写机关全称和发布日期（如 ${year + 1}年1月20日）。县级以上人民政府部门应在 ${year + 1}年1月31日前发布。`,
  ]);
}

function show(value: number | null): string {
  return value === null ? '—' : String(value);
}
