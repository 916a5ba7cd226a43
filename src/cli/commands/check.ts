/** `gongkai check PATH...`: findings per file in the terminal (stylish), as JSON or as SARIF; exit code 0, 1 or 2. */
import { RULES } from '../../check/index.js';
import type { Locale } from '../../check/types.js';
import { GongkaiError } from '../../errors.js';
import { formatCheckJson } from '../../output/json.js';
import { formatSarif } from '../../output/sarif.js';
import { formatStylish } from '../../output/stylish.js';
import { isFailing } from '../../output/text.js';
import type { ProcessOptions } from '../../pipeline.js';
import { runBatch } from '../batch.js';
import { EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, choiceOption, stringOption, type Command } from '../command.js';
import { resolveInputs, writeOutput } from '../io.js';
import { t } from '../messages.js';
import { colorEnabled } from '../runtime.js';
import { packageVersion } from '../version.js';

const FORMATS = ['stylish', 'json', 'sarif'] as const;

export const check: Command = {
  name: 'check',
  summary: {
    'zh-CN': '核对年报，列出错误、不一致、警告和提示',
    en: 'check reports and list errors, inconsistencies, warnings and notes',
  },
  help: {
    'zh-CN': `用法：gongkai check 路径... [选项]

按《中华人民共和国政府信息公开工作年度报告格式》核对年报：勾稽关系、表格完整、标签、日期、章节等。
路径可以是文件夹，规则同 gongkai parse。

选项：
  -f, --format <格式>     输出格式，默认 stylish
                            stylish  按文件分组的终端输出：位置、严重程度、说明、规则编号，
                                     以及预期值与实际值、参与计算的单元格
                            json     [{ file, findings, error? }]
                            sarif    SARIF 2.1.0，供代码扫描平台使用
      --previous <文件>   上一年度的年报，用于跨年度核对（如上年结转 = 上年结转下年度）
      --deadline <MM-DD>  发布期限，默认 01-31（县级以上地方人民政府本级报告为 03-31）
  -o, --output <文件>     写入文件，而不是标准输出
      --lang en           英文输出
  -h, --help              显示本帮助

严重程度：错误、不一致（数字之和不成立）、警告、提示。
退出码：0 没有错误和不一致；1 有错误或不一致；2 有文件无法读取或不是年报，或用法错误。
环境变量：NO_COLOR 关闭颜色；GONGKAI_DEBUG=1 显示内部错误的详细信息。

示例：
  gongkai check 2024年报.pdf
  gongkai check 年报/ --format sarif -o gongkai.sarif
  gongkai check 2024年报.docx --previous 2023年报.docx`,
    en: `Usage: gongkai check PATH... [options]

Checks annual reports against the national format: the sums (勾稽关系), complete tables, labels, dates,
sections. A PATH may be a folder, as for gongkai parse.

Options:
  -f, --format <format>   output format, stylish by default
                            stylish  terminal output grouped by file: location, severity, message, rule id,
                                     expected and actual values, the cells of a sum
                            json     [{ file, findings, error? }]
                            sarif    SARIF 2.1.0 for code-scanning platforms
      --previous <file>   last year's report, for the cross-year checks (carried over = carried forward)
      --deadline <MM-DD>  publication deadline, 01-31 by default (03-31 for a local government's own report)
  -o, --output <file>     write to a file instead of standard output
      --lang en           English output
  -h, --help              show this help

Severities: error, inconsistency (a sum does not hold), warning, info.
Exit codes: 0 no errors or inconsistencies; 1 some error or inconsistency; 2 some file could not be read or is
not a report, or a usage error.
Environment: NO_COLOR turns colour off; GONGKAI_DEBUG=1 shows details of internal errors.

Examples:
  gongkai check report-2024.pdf
  gongkai check reports/ --format sarif -o gongkai.sarif
  gongkai check report-2024.docx --previous report-2023.docx`,
  },
  options: {
    format: { type: 'string', short: 'f' },
    previous: { type: 'string' },
    deadline: { type: 'string' },
    output: { type: 'string', short: 'o' },
  },
  positionals: true,
  async run(input, runtime) {
    const { locale } = input;
    const format = choiceOption(input, 'format', FORMATS, 'stylish');
    const deadline = parseDeadline(stringOption(input, 'deadline'), locale);
    const output = stringOption(input, 'output');
    const inputs = await resolveInputs('check', input, runtime);
    const previousPath = stringOption(input, 'previous');
    const options: ProcessOptions = { locale };
    if (deadline) options.deadline = deadline;
    if (previousPath !== undefined) options.previous = await runtime.readReport(previousPath);

    const processed = await runBatch(inputs.files, (file) => runtime.processFile(file, options), runtime, locale);
    const results = [...inputs.problems, ...processed];
    let text: string;
    if (format === 'json') text = formatCheckJson(results);
    else if (format === 'sarif') text = formatSarif(results, { rules: RULES.map((rule) => rule.meta), toolVersion: packageVersion(), locale });
    else text = formatStylish(results, { locale, color: output === undefined && colorEnabled(runtime.stdout, runtime.env) });
    await writeOutput(text, output, runtime, input);

    if (results.some((result) => result.error)) return EXIT_FAILURE;
    const failing = results.some((result) => (result.findings ?? []).some((finding) => isFailing(finding.severity)));
    return failing ? EXIT_FINDINGS : EXIT_OK;
  },
};

/** MM-DD with a real month and day (02-29 allowed: the year is the report's, not known here). */
export function parseDeadline(value: string | undefined, locale: Locale): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{2})-(\d{2})$/.exec(value);
  const month = Number(match?.[1]);
  const day = Number(match?.[2]);
  const daysIn = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (!match || month < 1 || month > 12 || day < 1 || day > (daysIn[month - 1] ?? 0)) {
    throw new GongkaiError('bad-usage', t('badDeadline', locale, { value }));
  }
  return value;
}
