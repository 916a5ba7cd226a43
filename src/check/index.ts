/** Check: runs every rule over a canonical report and returns findings, sorted in reading order. */
import { GongkaiError } from '../errors.js';
import type { FormatVersion } from '../format/types.js';
import type { CanonicalReport } from '../model/report.js';
import { RULE_MODULES } from './rules/index.js';
import { formatOf, runRules } from './runner.js';
import type { CheckOptions, Finding, Rule } from './types.js';

export type * from './types.js';
export { renderTemplate, sortFindings } from './runner.js';

/** Every rule, structure first; ids are stable and never reused. */
export const RULES: Rule[] = RULE_MODULES.map((m) => m.rule);

const RULE_IDS = new Set(RULES.map((r) => r.meta.id));

/**
 * Runs the rules that apply to the report's format (and, for cross-year rules, only when `options.previous` is given).
 * Messages are in `options.locale` (zh-CN by default). A rule that fails becomes one `internalError` finding.
 */
export function checkReport(report: CanonicalReport, options: CheckOptions = {}): Finding[] {
  validateOptions(options);
  const version = formatOf(report).version;
  const unknown = (options.only ?? []).filter((id) => !RULE_IDS.has(id));
  if (unknown.length) throw new GongkaiError('bad-usage', `没有这些检查规则：${unknown.join('、')}`);
  const rules = options.only
    ? applicable(version, options.previous !== undefined).filter((rule) => options.only?.includes(rule.meta.id))
    : applicable(version, options.previous !== undefined);
  return runRules(report, rules, options);
}

const applicableCache = new Map<FormatVersion, { alone: Rule[]; withPrevious: Rule[] }>();

/** The rules for a format version, with or without last year's report: the same few lists for every report. */
function applicable(version: FormatVersion, withPrevious: boolean): Rule[] {
  let lists = applicableCache.get(version);
  if (!lists) {
    const forVersion = RULES.filter((rule) => rule.meta.formats.includes(version));
    lists = { alone: forVersion.filter((rule) => !rule.meta.needsPrevious), withPrevious: forVersion };
    applicableCache.set(version, lists);
  }
  return withPrevious ? lists.withPrevious : lists.alone;
}

function validateOptions(options: CheckOptions): void {
  const { deadline } = options;
  if (deadline !== undefined) {
    const match = /^(\d{2})-(\d{2})$/.exec(deadline);
    const month = Number(match?.[1]);
    const day = Number(match?.[2]);
    if (!match || month < 1 || month > 12 || day < 1 || day > 31) {
      throw new GongkaiError('bad-usage', `发布期限应写成“月-日”（MM-DD），例如 01-31，而不是“${deadline}”`);
    }
  }
  if (options.locale !== undefined && options.locale !== 'zh-CN' && options.locale !== 'en') {
    throw new GongkaiError('bad-usage', `不支持的语言“${String(options.locale)}”，可选 zh-CN 或 en`);
  }
}
