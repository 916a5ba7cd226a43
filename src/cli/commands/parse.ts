/** `gongkai parse PATH...`: the canonical report of each file as JSON, JSON Lines or CSV. */
import { formatReportsCsv } from '../../output/csv.js';
import { formatReportsJson } from '../../output/json.js';
import { formatReportsJsonl } from '../../output/jsonl.js';
import type { CanonicalReport } from '../../model/report.js';
import { runBatch } from '../batch.js';
import { EXIT_FAILURE, EXIT_OK, booleanOption, choiceOption, stringOption, type Command } from '../command.js';
import { resolveInputs, writeOutput } from '../io.js';

const FORMATS = ['json', 'jsonl', 'csv'] as const;

export const parse: Command = {
  name: 'parse',
  summary: {
    'zh-CN': '读取年报，输出规范化数据（JSON、JSONL、CSV）',
    en: 'read reports and print their canonical data (JSON, JSONL, CSV)',
  },
  help: {
    'zh-CN': `用法：gongkai parse 路径... [选项]

读取年报文件，输出规范化数据。文件类型按内容识别（TXT、Markdown、HTML、DOCX、PDF 等），与扩展名无关。
路径可以是文件夹：递归读取其中全部文件（跳过以 . 开头的文件、文件夹和 node_modules），按路径排序。

选项：
  -f, --format <格式>   输出格式，默认 json
                          json   命令行只给一个文件时输出一个对象，否则输出数组
                          jsonl  每行一份报告
                          csv    每个文件一行：元数据列（file、agency、year、publishedDate、
                                 formatVersion、level）和 2021 年格式的全部规范键
  -o, --output <文件>   写入文件，而不是标准输出
      --bom             CSV 开头加 UTF-8 BOM，Excel 可直接打开
      --lang en         英文提示
  -h, --help            显示本帮助

无法读取或不是年报的文件在标准错误输出一行“路径: 原因”，其余文件照常处理。
退出码：0 全部成功；2 有文件无法读取或不是年报，或用法错误。

示例：
  gongkai parse 2024年报.docx
  gongkai parse 年报/ --format csv --bom -o 汇总.csv`,
    en: `Usage: gongkai parse PATH... [options]

Reads annual reports and prints their canonical data. The file type is detected from the content (TXT, Markdown,
HTML, DOCX, PDF, ...), not from the extension. A PATH may be a folder: every file below it is read (dot-files,
dot-folders and node_modules are skipped), sorted by path.

Options:
  -f, --format <format>  output format, json by default
                           json   one object when the command line names one file, otherwise an array
                           jsonl  one report per line
                           csv    one row per file: meta columns (file, agency, year, publishedDate,
                                  formatVersion, level) and every canonical key of the 2021 format
  -o, --output <file>    write to a file instead of standard output
      --bom              start the CSV with a UTF-8 BOM so Excel opens it directly
      --lang en          English messages
  -h, --help             show this help

A file that cannot be read or is not a report gets one line "path: reason" on standard error; the others go on.
Exit codes: 0 all read; 2 some file could not be read or is not a report, or a usage error.

Examples:
  gongkai parse report-2024.docx
  gongkai parse reports/ --format csv --bom -o summary.csv`,
  },
  options: {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    bom: { type: 'boolean' },
  },
  positionals: true,
  async run(input, runtime) {
    const format = choiceOption(input, 'format', FORMATS, 'json');
    const inputs = await resolveInputs('parse', input, runtime);
    const results = await runBatch(inputs.files, (file) => runtime.processFile(file, { check: false }), runtime, input.locale);
    const entries = results.flatMap((result) => (result.report ? [{ file: result.file, report: result.report }] : []));
    const reports: CanonicalReport[] = entries.map((entry) => entry.report);
    const single = !inputs.walkedFolder && input.positionals.length === 1 && inputs.files.length === 1;
    let text: string;
    if (format === 'csv') text = formatReportsCsv(entries, { bom: booleanOption(input, 'bom') });
    else if (format === 'jsonl') text = formatReportsJsonl(reports);
    // A single file that failed prints nothing rather than an empty array.
    else text = single && reports.length === 0 ? '' : formatReportsJson(reports, { single });
    if (text !== '') await writeOutput(text, stringOption(input, 'output'), runtime, input);
    const failed = inputs.problems.length > 0 || results.some((result) => result.error);
    return failed ? EXIT_FAILURE : EXIT_OK;
  },
};
