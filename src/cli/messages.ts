/** The CLI's own user-facing strings (usage errors, batch lines), zh-CN first, each with its English form. */
import type { Locale, Localized } from '../check/types.js';

export const MESSAGES = {
  unknownCommand: { 'zh-CN': '未知命令：{name}。运行 gongkai --help 查看可用命令', en: 'unknown command: {name}. Run gongkai --help for the list' },
  unknownOption: { 'zh-CN': '未知选项：{name}', en: 'unknown option: {name}' },
  missingValue: { 'zh-CN': '选项 {name} 缺少取值', en: 'option {name} needs a value' },
  noValueAllowed: { 'zh-CN': '选项 {name} 不接受取值', en: 'option {name} does not take a value' },
  unexpectedArgument: { 'zh-CN': '多余的参数：{name}', en: 'unexpected argument: {name}' },
  badChoice: { 'zh-CN': '选项 --{name} 的取值应为 {choices}，而不是 {value}', en: 'option --{name} must be one of {choices}, not {value}' },
  badLocale: { 'zh-CN': '不支持的语言：{value}（可用 zh-CN、en）', en: 'unsupported language: {value} (use zh-CN or en)' },
  badDeadline: { 'zh-CN': '--deadline 应为 MM-DD 格式的日期，如 01-31，而不是 {value}', en: '--deadline must be a date as MM-DD, e.g. 01-31, not {value}' },
  noPaths: { 'zh-CN': '请给出至少一个文件或文件夹。运行 gongkai {command} --help 查看用法', en: 'give at least one file or folder. Run gongkai {command} --help for usage' },
  notFound: { 'zh-CN': '文件或文件夹不存在', en: 'no such file or folder' },
  emptyFolder: { 'zh-CN': '文件夹中没有可处理的文件', en: 'the folder holds no files to process' },
  internalError: { 'zh-CN': '内部错误：{message}（设置 GONGKAI_DEBUG=1 可查看详细信息）', en: 'internal error: {message} (set GONGKAI_DEBUG=1 for details)' },
  cannotWrite: { 'zh-CN': '无法写入输出文件：{message}', en: 'cannot write the output file: {message}' },
  noRules: { 'zh-CN': '（暂无规则）', en: '(no rules yet)' },
} satisfies Record<string, Localized>;

export type MessageId = keyof typeof MESSAGES;

/** Fills `{name}` placeholders in the message for the locale. */
export function t(id: MessageId, locale: Locale, data: Record<string, string | number> = {}): string {
  return MESSAGES[id][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
