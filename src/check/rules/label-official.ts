/** label-official: table labels read in the report against the format's wording, naming known misprints. */
import { isTrimmedCode, normalizeLabel, stripNumbering } from '../../format/normalize.js';
import type { RuleExamples } from '../examples.js';
import type { FormatDef } from '../../format/types.js';
import { labelDef, labelDefs } from '../labels.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'label-official',
    severity: 'warning',
    description: {
      'zh-CN':
        '表格的行、列标签应与格式原文一致（全角半角、空格、换行、编号写法不计）。已知的错误写法会被点名：只记→只计、重复出具→重新出具、旧格式的“规范性文件”→“行政规范性文件”。标签因换行被拆开的片段不算错误。',
      en: 'Row and column labels match the format’s wording (ignoring width, spaces, line breaks and numbering style). Known misprints are named: 只记→只计, 重复出具→重新出具, the old 规范性文件→行政规范性文件. A fragment of a label wrapped over lines is not a finding.',
    },
    spec: 'format-spec §4.5 LABEL-1 / EV-06',
    formats: ['2019', '2021'],
    messages: {
      corruption: {
        'zh-CN': '标签“{raw}”中的“{wrong}”应为“{right}”（格式原文：{official}）。',
        en: 'In the label “{raw}”, “{wrong}” should read “{right}” (format: {official}).',
      },
      outdated: {
        'zh-CN': '标签“{raw}”是 2019 年试行格式的名称，现行格式为“{official}”。',
        en: 'The label “{raw}” is the 2019 trial format’s wording; the current format reads “{official}”.',
      },
      differs: {
        'zh-CN': '标签“{raw}”与格式原文“{official}”不一致。',
        en: 'The label “{raw}” differs from the format’s “{official}”.',
      },
    },
    hint: {
      'zh-CN': '按格式原文“{official}”书写标签。',
      en: 'Write the label as in the format: “{official}”.',
    },
  },
  check(context) {
    const outdatedWordings = outdatedWordingsOf(context.format);
    for (const label of context.report.labels) {
      if (!label.official || isWhiteSpaceOnly(label.raw)) continue;
      const official = comparable(label.official);
      const raw = label.raw === label.official ? official : comparable(label.raw);
      // Most labels read as printed in the format: only an outdated wording could still be a finding then, and no
      // label's outdated wording is this one, so its definition need not be looked up.
      if (raw === official && !outdatedWordings.has(raw)) continue;
      const def = labelDef(context.format, label.key);
      const corruption =
        raw === official
          ? undefined
          : def?.corruptions?.find((c) => raw.includes(comparable(c.wrong)) && !raw.includes(comparable(c.right)));
      const outdated = (def && 'outdated' in def ? (def.outdated as string[] | undefined) : undefined) ?? [];
      const messageId = corruption
        ? 'corruption'
        : outdated.some((o) => comparable(o) === raw)
          ? 'outdated'
          : wordingDiffers(raw, official)
            ? 'differs'
            : null;
      if (!messageId) continue;
      const data = { raw: label.raw.trim(), official: label.official, ...(corruption ?? {}) };
      context.emit({ messageId, data, location: { ...label.loc, key: label.key } });
    }
  },
};

/**
 * Whether the words differ, as opposed to the label being cut by a line break (（五）不 / 予处理) or glued to its
 * neighbours when separators were lost (信息内容本年制发件数本年废止件数). Around the longest common run, a cut or a glue
 * leaves extra text on one side only; a different wording leaves text on both sides at the same end (现行有效数量 vs
 * 现行有效件数). One lost character at a wrap (…第四项之 / 和) is tolerated.
 */
export function wordingDiffers(raw: string, official: string): boolean {
  if (raw === official || raw.includes(official) || official.includes(raw)) return false;
  const [start, end, officialStart] = longestCommonRun(raw, official);
  const officialEnd = officialStart + (end - start);
  const left = start > 0 && officialStart > 0;
  const right = end < raw.length && officialEnd < official.length && official.length - officialEnd > 1;
  return end - start < 2 || left || right;
}

/** [start, end) of the longest run of `a` that also occurs in `b`, and where it starts in `b`. */
function longestCommonRun(a: string, b: string): [number, number, number] {
  let best: [number, number, number] = [0, 0, 0];
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] !== b[j - 1]) continue;
      const length = (previous[j - 1] ?? 0) + 1;
      current[j] = length;
      if (length > best[1] - best[0]) best = [i - length, i, j - length];
    }
    previous = current;
  }
  return best;
}

/**
 * Whether `trim()` would leave nothing, decided without trimming: a label's first character almost always settles it,
 * and trim() costs more than the rest of this rule's look at a label that reads as printed.
 */
export function isWhiteSpaceOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (!isTrimmedCode(text.charCodeAt(i))) return false;
  }
  return true;
}

/** Normalised, numbering stripped, punctuation and quotes dropped: only the words are compared. */
export function comparable(text: string): string {
  let cached = comparableCache.get(text);
  if (cached === undefined) {
    cached = stripNumbering(normalizeLabel(text)).replace(/[\p{P}\p{S}]/gu, '');
    // Labels repeat across thousands of reports; the cap keeps a stream of odd ones from growing it for ever.
    if (comparableCache.size > 20000) comparableCache.clear();
    comparableCache.set(text, cached);
  }
  return cached;
}

const comparableCache = new Map<string, string>();

const outdatedCache = new WeakMap<FormatDef, Set<string>>();

/** Every outdated wording any label of the format has, comparable: built once per format. */
function outdatedWordingsOf(format: FormatDef): Set<string> {
  let wordings = outdatedCache.get(format);
  if (!wordings) {
    wordings = new Set<string>();
    for (const def of labelDefs(format)) {
      const outdated = 'outdated' in def ? (def.outdated as string[] | undefined) : undefined;
      for (const wording of outdated ?? []) wordings.add(comparable(wording));
    }
    outdatedCache.set(format, wordings);
  }
  return wordings;
}

export const examples: RuleExamples = {
  valid: [
    {
      title: '半角括号、空格、ASCII 引号与格式原文等同',
      labels: [
        { key: 'requests.row:granted', raw: '(一) 予以公开' },
        { key: 'requests.row:withheld.threeSecurityOneStability', raw: '3. 危及"三安全一稳定"' },
      ],
    },
    {
      title: '因换行被拆开的“（五）不 / 予处理”不算错误',
      labels: [
        { key: 'requests.group:notProcessed', raw: '(五) 不' },
        { key: 'requests.group:notProcessed', raw: '予处理' },
      ],
    },
    {
      title: '分隔丢失后与相邻标签粘在一起、或前面带着上一级标签的片段，不算措辞错误',
      labels: [
        { key: 'active.column:issued', raw: '信息内容本年制发件数本年废止件数现行有效件数' },
        { key: 'requests.row:withheld.stateSecret', raw: '（三）不予 1.属于国家秘密' },
        { key: 'requests.row:otherDisposal.overdueFee', raw: '（六）其他 2.申请人逾期未按收费通知要求缴纳费用、行政' },
      ],
    },
  ],
  invalid: [
    {
      title: '只记这一情形',
      labels: [{ key: 'requests.row:partiallyGranted', raw: '(二) 部分公开(区分处理的, 只记这一情形, 不计其他情形)' }],
      errors: [{ messageId: 'corruption', key: 'requests.row:partiallyGranted', includes: ['“只记”应为“只计”'] }],
    },
    {
      title: '确认或重复出具已获取信息',
      labels: [{ key: 'requests.row:notProcessed.confirmOrReissue', raw: '5. 要求行政机关确认或重复出具已获取信息' }],
      errors: [{ messageId: 'corruption', includes: ['“重复出具”应为“重新出具”'] }],
    },
    {
      title: '2021 年格式的表中仍写“规范性文件”',
      labels: [{ key: 'active.row:normativeDocs', raw: '规范性文件' }],
      errors: [{ messageId: 'outdated', key: 'active.row:normativeDocs', includes: ['行政规范性文件'] }],
    },
    {
      title: '其他措辞不同',
      labels: [{ key: 'active.column:inForce', raw: '现行有效数量' }],
      errors: [{ messageId: 'differs', includes: ['现行有效数量', '现行有效件数'] }],
    },
    {
      title: '中间一字之差（不在已知错误之列）',
      labels: [{ key: 'requests.row:unavailable.needsCreation', raw: '2.没有现成信息需要重新制作' }],
      errors: [{ messageId: 'differs', includes: ['重新制作'] }],
    },
  ],
};
