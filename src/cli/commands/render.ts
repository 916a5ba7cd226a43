/** `gongkai render FILE --to FORMAT [-o OUT]`: a report or draft in the standard format, as HTML, Markdown, DOCX, … */
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { GongkaiError } from '../../errors.js';
import { isRenderFormat, loadReport, RENDER_FORMATS, renderReport, type RenderFormat } from '../../render/index.js';
import { EXIT_OK, stringOption, type Command, type CommandInput } from '../command.js';
import { writeOutput } from '../io.js';

const FORMAT_LIST = Object.keys(RENDER_FORMATS).join('|');

export const render: Command = {
  name: 'render',
  summary: {
    'zh-CN': '按标准格式输出年报（HTML、Markdown、Word、Excel、PDF、JSON、CSV）',
    en: 'write a report in the standard format (HTML, Markdown, Word, Excel, PDF, JSON, CSV)',
  },
  help: {
    'zh-CN': `用法：gongkai render 文件 --to 格式 [-o 输出文件]

读取一份年报，按《中华人民共和国政府信息公开工作年度报告格式》输出：标题、六个部分、三张表格（合并单元格与官方模板一致）、落款。
文件可以是 gongkai parse 输出的 JSON、本命令输出的 CSV 或 Excel，也可以是任何支持的年报或草稿文件
（TXT、Markdown、HTML、DOCX、PDF 等），后者先经解析再输出。报告是 2019 年试行格式的，按 2019 年格式输出。

选项：
  -t, --to <格式>       输出格式：
                          html  可直接打印的 HTML（A4 页面）
                          md    Markdown
                          docx  可编辑的 Word 文档
                          xlsx  Excel 工作簿：表二、表三、表四和“数据”工作表
                          pdf   PDF（需要本机安装 Chromium 或 Google Chrome）
                          json  规范化报告 JSON
                          csv   规范键、标签、数值三列
                        省略时按 -o 文件的扩展名判断
  -o, --output <文件>   写入文件。docx、xlsx、pdf 必须给出；其他格式省略时写到标准输出
      --lang en         英文提示
  -h, --help            显示本帮助

退出码：0 成功；2 文件无法读取、不是年报，或用法错误。

示例：
  gongkai render 2024年报.json --to html -o 2024年报.html
  gongkai render 草稿.md -o 2024年报.docx
  gongkai render 2024年报.pdf --to xlsx -o 2024年报.xlsx`,
    en: `Usage: gongkai render FILE --to FORMAT [-o OUTPUT]

Reads a report and writes it in the national standard format: title, the six sections, the three tables with the
template's merged cells, the signature and date. FILE may be the JSON of gongkai parse, the CSV or Excel output of
this command, or any supported report or draft document (TXT, Markdown, HTML, DOCX, PDF, ...), which is parsed
first. A report in the 2019 trial format is written in the 2019 layout.

Options:
  -t, --to <format>     output format:
                          html  print-ready HTML (A4 pages)
                          md    Markdown
                          docx  editable Word document
                          xlsx  Excel workbook: sheets 表二, 表三, 表四 and 数据 (data)
                          pdf   PDF (needs Chromium or Google Chrome installed)
                          json  the canonical report as JSON
                          csv   canonical key, label and value
                        taken from the extension of -o when left out
  -o, --output <file>   write to a file; required for docx, xlsx and pdf, otherwise standard output
      --lang en         English messages
  -h, --help            show this help

Exit codes: 0 success; 2 the file cannot be read or is not a report, or a usage error.

Examples:
  gongkai render report-2024.json --to html -o report-2024.html
  gongkai render draft.md -o report-2024.docx
  gongkai render report-2024.pdf --to xlsx -o report-2024.xlsx`,
  },
  options: {
    to: { type: 'string', short: 't' },
    output: { type: 'string', short: 'o' },
  },
  positionals: true,
  async run(input, runtime) {
    const en = input.locale === 'en';
    const [file, ...extra] = input.positionals;
    if (file === undefined) {
      throw new GongkaiError('bad-usage', en ? 'give the report file to render. Run gongkai render --help for usage' : '请给出要输出的年报文件。运行 gongkai render --help 查看用法');
    }
    if (extra.length) throw new GongkaiError('bad-usage', en ? `render takes one file, not ${input.positionals.length}` : `render 只接受一个文件，而不是 ${input.positionals.length} 个`);
    const output = stringOption(input, 'output');
    const to = outputFormat(input, output);
    if (RENDER_FORMATS[to].binary && output === undefined) {
      throw new GongkaiError('bad-usage', en ? `--to ${to} writes a binary file: give it with -o` : `--to ${to} 输出二进制文件，请用 -o 指定输出文件`);
    }
    const report = await loadReport(file);
    const data = await renderReport(report, to);
    if (typeof data === 'string') await writeOutput(data, output, runtime, input);
    else await writeBinary(data, output ?? '', input);
    return EXIT_OK;
  },
};

/** `--to`, else the extension of `-o`. */
function outputFormat(input: CommandInput, output: string | undefined): RenderFormat {
  const en = input.locale === 'en';
  const given = stringOption(input, 'to');
  if (given !== undefined) {
    const name = given.toLowerCase() === 'markdown' ? 'md' : given.toLowerCase();
    if (isRenderFormat(name)) return name;
    throw new GongkaiError('bad-usage', en ? `option --to must be one of ${FORMAT_LIST}, not ${given}` : `选项 --to 的取值应为 ${FORMAT_LIST}，而不是 ${given}`);
  }
  const extension = output ? extname(output).toLowerCase() : '';
  const byExtension = (Object.keys(RENDER_FORMATS) as RenderFormat[]).find(
    (name) => RENDER_FORMATS[name].extension === extension || (name === 'md' && extension === '.markdown') || (name === 'html' && extension === '.htm'),
  );
  if (byExtension) return byExtension;
  throw new GongkaiError('bad-usage', en ? `give the output format with --to ${FORMAT_LIST}` : `请用 --to 指定输出格式（${FORMAT_LIST}）`);
}

const WRITE_ERRORS: Record<string, [string, string]> = {
  ENOENT: ['所在文件夹不存在', 'its folder does not exist'],
  EACCES: ['没有写入权限', 'permission denied'],
  EPERM: ['没有写入权限', 'permission denied'],
  EISDIR: ['这是一个文件夹', 'it is a folder'],
};

async function writeBinary(data: Uint8Array, file: string, input: CommandInput): Promise<void> {
  try {
    await writeFile(file, data);
  } catch (error) {
    const known = WRITE_ERRORS[(error as NodeJS.ErrnoException).code ?? ''];
    const reason = known ? known[input.locale === 'en' ? 1 : 0] : error instanceof Error ? error.message : String(error);
    throw new GongkaiError('bad-usage', input.locale === 'en' ? `cannot write the output file: ${reason}` : `无法写入输出文件：${reason}`, file);
  }
}
