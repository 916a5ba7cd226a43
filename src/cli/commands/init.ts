/** `gongkai init --agency NAME --year YYYY [--previous FILE] [-o draft.md]`: a Markdown draft to fill in. */
import { access } from 'node:fs/promises';
import { draftReport } from '../../author/index.js';
import { GongkaiError } from '../../errors.js';
import { loadReport } from '../../render/index.js';
import { EXIT_OK, booleanOption, stringOption, type Command } from '../command.js';
import { writeOutput } from '../io.js';

export const init: Command = {
  name: 'init',
  summary: { 'zh-CN': '生成一份待填写的年报草稿（Markdown）', en: 'create a report draft to fill in (Markdown)' },
  help: {
    'zh-CN': `用法：gongkai init --agency 机关全称 --year 年度 [--previous 上年报告] [-o 草稿.md]

生成一份 Markdown 年报草稿，用任何文本编辑器填写：标题、六个部分的标题和填写说明、三张表格（官方格式的标签，
空白单元格待填）、落款。以“> 【填写说明】”开头的行是提示，gongkai 解析和检查时会跳过。
给出上一年度的报告时，预填“二、上年结转”一行（等于上年的“四、结转下年度继续办理”），并以上年的
“现行有效件数”作为起点。填好后用 gongkai check 草稿.md 检查，问题按草稿的行号列出；
用 gongkai render 草稿.md -o 年报.docx 生成正式文档。

选项：
      --agency <名称>     发布机关全称，如 某某县某某镇人民政府（必填）
      --year <年度>       报告年度，如 2024（必填）
      --previous <文件>   上一年度的年报（任何支持的格式或 gongkai parse 的 JSON）
  -o, --output <文件>     写入文件，而不是标准输出
      --force             输出文件已存在时覆盖
      --lang en           英文提示
  -h, --help              显示本帮助

示例：
  gongkai init --agency 某某县某某镇人民政府 --year 2024 -o 2024年报草稿.md
  gongkai init --agency 某某县某某镇人民政府 --year 2024 --previous 2023年报.pdf -o 2024年报草稿.md`,
    en: `Usage: gongkai init --agency NAME --year YYYY [--previous LAST_YEAR_REPORT] [-o draft.md]

Writes a Markdown draft of an annual report to fill in with any text editor: the title, the six section headings
with filling guidance (in Chinese), the three tables with the official labels and blank cells, the signature.
Lines starting with "> 【填写说明】" are guidance; gongkai skips them when it parses and checks.
With last year's report, the row 二、上年结转 is prefilled from last year's 四、结转下年度继续办理, and last year's
现行有效件数 are the starting point. Check the filled-in draft with gongkai check draft.md (problems are listed by
the draft's line numbers); turn it into a document with gongkai render draft.md -o report.docx.

Options:
      --agency <name>     full name of the publishing agency (required)
      --year <year>       report year, e.g. 2024 (required)
      --previous <file>   last year's report (any supported format, or the JSON of gongkai parse)
  -o, --output <file>     write to a file instead of standard output
      --force             overwrite the output file if it exists
      --lang en           English messages
  -h, --help              show this help`,
  },
  options: {
    agency: { type: 'string' },
    year: { type: 'string' },
    previous: { type: 'string' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
  },
  positionals: false,
  async run(input, runtime) {
    const en = input.locale === 'en';
    const agency = stringOption(input, 'agency');
    const yearText = stringOption(input, 'year');
    if (!agency?.trim()) throw new GongkaiError('bad-usage', en ? 'give the agency with --agency' : '请用 --agency 给出发布机关全称');
    if (yearText === undefined) throw new GongkaiError('bad-usage', en ? 'give the report year with --year' : '请用 --year 给出报告年度');
    if (!/^\d{4}$/.test(yearText)) {
      throw new GongkaiError('bad-usage', en ? `--year must be a four-digit year, not ${yearText}` : `--year 应为四位年份，而不是 ${yearText}`);
    }
    const output = stringOption(input, 'output');
    if (output !== undefined && !booleanOption(input, 'force') && (await exists(output))) {
      throw new GongkaiError('bad-usage', en ? 'the file exists; add --force to overwrite it' : '文件已存在；如要覆盖请加 --force', output);
    }
    const previousPath = stringOption(input, 'previous');
    const previous = previousPath === undefined ? null : await loadReport(previousPath);
    const draft = draftReport({ agency, year: Number(yearText), previous });
    for (const warning of draft.warnings) runtime.stderr.write(`${en ? 'warning' : '警告'}: ${warning}\n`);
    await writeOutput(draft.text, output, runtime, input);
    return EXIT_OK;
  },
};

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
