import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../check/index.js';
import type { CheckOptions, Finding, Severity } from '../check/types.js';
import { GongkaiError } from '../errors.js';
import type { CanonicalReport } from '../model/report.js';
import { blankReport } from '../model/values.js';
import { processFile, toFileError, type FileResult, type ProcessOptions } from '../pipeline.js';
import { main } from './main.js';
import type { Runtime } from './runtime.js';
import { packageVersion } from './version.js';
import { tempDir } from '../testing/temp.js';

const ESC = '\u001b';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured writers; `tty` marks both streams as terminals. */
async function run(argv: string[], overrides: Partial<Runtime> & { tty?: boolean } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const { tty = false, ...rest } = overrides;
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text), isTTY: tty },
    stderr: { write: (text: string) => (stderr += text), isTTY: tty },
    env: {},
    ...rest,
  });
  return { code, stdout, stderr };
}

function finding(severity: Severity, ruleId = `rule-${severity}`): Finding {
  return { ruleId, severity, messageId: 'm', message: `${severity} 说明`, location: { line: 2, column: 1 } };
}

function fakeReport(file: string, agency = '青禾县白石镇人民政府'): CanonicalReport {
  const report = blankReport('2021', 0);
  report.source.file = file;
  report.meta.agency = agency;
  report.meta.year = 2024;
  return report;
}

/**
 * A pipeline that knows the "good" files by name and reads every other file for real, so bad files meet the real
 * ingest errors while good ones do not depend on extraction and checking.
 */
function fakePipeline(good: Record<string, Finding[]>, calls: Array<{ file: string; options: ProcessOptions }> = []) {
  return async (file: string, options: ProcessOptions): Promise<FileResult> => {
    calls.push({ file, options });
    const name = Object.keys(good).find((suffix) => file.endsWith(suffix));
    if (name === undefined) return processFile(file, options);
    const findings = good[name]!;
    return options.check === false ? { file, report: fakeReport(file) } : { file, report: fakeReport(file), findings };
  };
}

test('--help prints the overview with every registered command, in Chinese by default', async () => {
  const zh = await run(['--help']);
  assert.equal(zh.code, 0);
  assert.match(zh.stdout, /^gongkai：政府信息公开工作年度报告的读取、核对与生成工具/);
  for (const name of ['parse', 'check', 'rules', 'render', 'init']) assert.match(zh.stdout, new RegExp(`\\n  ${name} +\\S`));
  assert.match(zh.stdout, / {2}check {3}核对年报，列出错误、不一致、警告和提示\n/);
  const en = await run(['--help', '--lang', 'en']);
  assert.match(en.stdout, /Usage: gongkai <command> \[options\]/);
  assert.match(en.stdout, / {2}check {3}check reports and list errors, inconsistencies, warnings and notes\n/);
  assert.equal((await run([])).stdout, zh.stdout);
});

test('command help, in both languages, also through `gongkai help`', async () => {
  const zh = await run(['check', '--help']);
  assert.equal(zh.code, 0);
  assert.match(zh.stdout, /^用法：gongkai check 路径\.\.\. \[选项\]/);
  assert.match(zh.stdout, /--deadline <MM-DD>/);
  const en = await run(['check', '-h', '--lang', 'en']);
  assert.match(en.stdout, /^Usage: gongkai check PATH\.\.\. \[options\]/);
  assert.equal((await run(['help', 'check'])).stdout, zh.stdout);
  assert.equal((await run(['--lang', 'en', 'help', 'check'])).stdout, en.stdout);
  assert.match((await run(['parse', '--help'])).stdout, /--bom/);
});

test('--version prints the package version', async () => {
  const result = await run(['--version']);
  assert.deepEqual(result, { code: 0, stdout: `${packageVersion()}\n`, stderr: '' });
  assert.match(packageVersion(), /^\d+\.\d+\.\d+/);
});

test('usage errors: one line on stderr, exit code 2, nothing on stdout', async () => {
  const cases: Array<[string[], string]> = [
    [['frob'], '未知命令：frob。运行 gongkai --help 查看可用命令\n'],
    [['check', '--bogus', 'a.txt'], '未知选项：--bogus\n'],
    [['check', 'a.txt', '--format'], '选项 --format 缺少取值\n'],
    [['parse', 'a.txt', '--bom=yes'], '选项 --bom 不接受取值\n'],
    [['check', 'a.txt', '--format', 'xml'], '选项 --format 的取值应为 stylish|json|sarif，而不是 xml\n'],
    [['check', 'a.txt', '--deadline', '02-30'], '--deadline 应为 MM-DD 格式的日期，如 01-31，而不是 02-30\n'],
    [['check', 'a.txt', '--lang', 'fr'], '不支持的语言：fr（可用 zh-CN、en）\n'],
    [['parse'], '请给出至少一个文件或文件夹。运行 gongkai parse --help 查看用法\n'],
    [['rules', 'extra'], '多余的参数：extra\n'],
  ];
  for (const [argv, stderr] of cases) {
    assert.deepEqual(await run(argv), { code: 2, stdout: '', stderr }, argv.join(' '));
  }
  assert.equal((await run(['check', '--bogus', '--lang', 'en'])).stderr, 'unknown option: --bogus\n');
  assert.equal((await run(['frob', '--lang=en'])).stderr, 'unknown command: frob. Run gongkai --help for the list\n');
});

test('a bad file gets one line on stderr, the batch goes on, exit code 2', async () => {
  const dir = tempDir('gongkai-cli-');
  writeFileSync(join(dir, 'a-good.txt'), 'x');
  writeFileSync(join(dir, 'b-empty.txt'), '');
  writeFileSync(join(dir, 'c-binary.dat'), Buffer.from([0, 1, 2, 3, 0, 0, 7, 8, 0, 1, 2, 3, 254, 255, 0, 3]));
  writeFileSync(join(dir, 'd-good.txt'), 'x');
  const calls: Array<{ file: string; options: ProcessOptions }> = [];
  const result = await run(['check', dir, join(dir, 'missing.txt'), '--format', 'json'], {
    processFile: fakePipeline({ 'a-good.txt': [finding('warning')], 'd-good.txt': [] }, calls),
  });
  assert.equal(result.code, 2);
  assert.equal(
    result.stderr,
    [
      `${join(dir, 'missing.txt')}: 文件或文件夹不存在`,
      `${join(dir, 'b-empty.txt')}: 文件为空`,
      `${join(dir, 'c-binary.dat')}: 无法识别的二进制文件，不是文本、HTML、DOCX、PDF 或 OFD`,
      '',
    ].join('\n'),
  );
  assert.deepEqual(
    calls.map((call) => call.file),
    ['a-good.txt', 'b-empty.txt', 'c-binary.dat', 'd-good.txt'].map((f) => join(dir, f)),
  );
  const entries = JSON.parse(result.stdout);
  assert.deepEqual(
    entries.map((e: { file: string; findings: Finding[]; error?: { code: string } }) => [e.file, e.findings.length, e.error?.code]),
    [
      [join(dir, 'missing.txt'), 0, 'not-found'],
      [join(dir, 'a-good.txt'), 1, undefined],
      [join(dir, 'b-empty.txt'), 0, 'empty'],
      [join(dir, 'c-binary.dat'), 0, 'unsupported-type'],
      [join(dir, 'd-good.txt'), 0, undefined],
    ],
  );
});

test('exit code 1 for an error or an inconsistency, 0 for warnings and notes only', async () => {
  const dir = tempDir('gongkai-cli-');
  writeFileSync(join(dir, 'r.txt'), 'x');
  const file = join(dir, 'r.txt');
  const exitFor = async (findings: Finding[]) =>
    (await run(['check', file], { processFile: fakePipeline({ 'r.txt': findings }) })).code;
  assert.equal(await exitFor([finding('warning'), finding('error')]), 1);
  assert.equal(await exitFor([finding('inconsistency')]), 1);
  assert.equal(await exitFor([finding('warning'), finding('info')]), 0);
  assert.equal(await exitFor([]), 0);
});

test('check stylish output in Chinese and with --lang en', async () => {
  const dir = tempDir('gongkai-cli-');
  writeFileSync(join(dir, 'r.txt'), 'x');
  const file = join(dir, 'r.txt');
  const calls: Array<{ file: string; options: ProcessOptions }> = [];
  const pipeline = fakePipeline({ 'r.txt': [finding('error', 'meta-agency-mismatch')] }, calls);
  const zh = await run(['check', file], { processFile: pipeline });
  assert.equal(zh.stdout, `${file}\n  2:1  错误  error 说明  meta-agency-mismatch\n\n✖ 1 个问题（1 个错误，0 个不一致，0 个警告，0 个提示），共 1 个文件\n`);
  const en = await run(['check', file, '--lang', 'en'], { processFile: pipeline });
  assert.equal(en.stdout, `${file}\n  2:1  error  error 说明  meta-agency-mismatch\n\n✖ 1 problem (1 error, 0 inconsistencies, 0 warnings, 0 info) in 1 file\n`);
  // The locale reaches the rules, so their messages come in the same language.
  assert.equal(calls[0]!.options.locale, 'zh-CN');
  assert.equal(calls[1]!.options.locale, 'en');
});

test('colour only on a TTY and never with NO_COLOR', async () => {
  const dir = tempDir('gongkai-cli-');
  writeFileSync(join(dir, 'r.txt'), 'x');
  const argv = ['check', join(dir, 'r.txt')];
  const processFile = fakePipeline({ 'r.txt': [finding('error')] });
  assert.ok((await run(argv, { processFile, tty: true })).stdout.includes(`${ESC}[31m错误${ESC}[39m`));
  assert.equal((await run(argv, { processFile, tty: true, env: { NO_COLOR: '1' } })).stdout.includes(ESC), false);
  assert.equal((await run(argv, { processFile })).stdout.includes(ESC), false);
});

test('--previous is read like any report and passed on with --deadline', async () => {
  const dir = tempDir('gongkai-cli-');
  writeFileSync(join(dir, 'r.txt'), 'x');
  const previous = fakeReport('last-year.txt', '去年');
  const calls: Array<{ file: string; options: ProcessOptions }> = [];
  const read: string[] = [];
  const result = await run(['check', join(dir, 'r.txt'), '--previous', 'last-year.txt', '--deadline', '03-31'], {
    processFile: fakePipeline({ 'r.txt': [] }, calls),
    readReport: async (path) => (read.push(path), previous),
  });
  assert.equal(result.code, 0);
  assert.deepEqual(read, ['last-year.txt']);
  const options: CheckOptions = calls[0]!.options;
  assert.equal(options.previous, previous);
  assert.equal(options.deadline, '03-31');

  const missing = await run(['check', join(dir, 'r.txt'), '--previous', join(dir, 'nope.txt')]);
  assert.deepEqual(missing, { code: 2, stdout: '', stderr: `${join(dir, 'nope.txt')}: 文件不存在或无法访问\n` });
});

test('an unexpected exception is one line with the file, its stack only with GONGKAI_DEBUG=1', async () => {
  const dir = tempDir('gongkai-cli-');
  writeFileSync(join(dir, 'r.txt'), 'x');
  const file = join(dir, 'r.txt');
  const processFile = async (path: string): Promise<FileResult> => ({ file: path, error: toFileError(new TypeError('boom')) });
  const quiet = await run(['check', file], { processFile });
  assert.equal(quiet.code, 2);
  assert.equal(quiet.stderr, `${file}: 内部错误：boom（设置 GONGKAI_DEBUG=1 可查看详细信息）\n`);
  const debug = await run(['check', file], { processFile, env: { GONGKAI_DEBUG: '1' } });
  assert.match(debug.stderr, /^.*内部错误：boom.*\nTypeError: boom\n {4}at /);

  // An exception outside any one file (here while reading --previous) is one line too.
  const readReport = async (): Promise<CanonicalReport> => {
    throw new RangeError('bad state');
  };
  const outer = await run(['check', file, '--previous', 'p.txt'], { processFile, readReport });
  assert.deepEqual(outer, { code: 2, stdout: '', stderr: 'gongkai: 内部错误：bad state（设置 GONGKAI_DEBUG=1 可查看详细信息）\n' });
  const userError = async (): Promise<CanonicalReport> => {
    throw new GongkaiError('not-a-report', '不是政府信息公开工作年度报告', 'p.txt');
  };
  assert.equal((await run(['check', file, '--previous', 'p.txt'], { processFile, readReport: userError })).stderr, 'p.txt: 不是政府信息公开工作年度报告\n');
});

test('parse: one object for one file, an array for several or for a folder', async () => {
  const dir = tempDir('gongkai-cli-');
  mkdirSync(join(dir, 'one'));
  writeFileSync(join(dir, 'one', 'a.txt'), 'x');
  writeFileSync(join(dir, 'b.txt'), 'x');
  const processFile = fakePipeline({ 'a.txt': [], 'b.txt': [] });
  const single = await run(['parse', join(dir, 'b.txt')], { processFile });
  assert.equal(single.code, 0);
  assert.equal(JSON.parse(single.stdout).source.file, join(dir, 'b.txt'));
  const several = JSON.parse((await run(['parse', join(dir, 'b.txt'), join(dir, 'one', 'a.txt')], { processFile })).stdout);
  assert.deepEqual(several.map((r: CanonicalReport) => r.source.file), [join(dir, 'b.txt'), join(dir, 'one', 'a.txt')]);
  const folder = JSON.parse((await run(['parse', join(dir, 'one')], { processFile })).stdout);
  assert.equal(Array.isArray(folder), true);
  assert.equal(folder.length, 1);
  const jsonl = (await run(['parse', dir, '-f', 'jsonl'], { processFile })).stdout.split('\n');
  assert.deepEqual(jsonl.slice(0, -1).map((line) => JSON.parse(line).source.file), [join(dir, 'b.txt'), join(dir, 'one', 'a.txt')]);
  // One named file that cannot be read prints nothing on stdout.
  writeFileSync(join(dir, 'empty.txt'), '');
  assert.deepEqual(await run(['parse', join(dir, 'empty.txt')]), { code: 2, stdout: '', stderr: `${join(dir, 'empty.txt')}: 文件为空\n` });
});

test('parse csv: meta and canonical columns, BOM, -o writes the file', async () => {
  const dir = tempDir('gongkai-cli-');
  writeFileSync(join(dir, 'a.txt'), 'x');
  writeFileSync(join(dir, 'b.txt'), '');
  const processFile = fakePipeline({ 'a.txt': [] });
  const result = await run(['parse', dir, '--format', 'csv'], { processFile });
  assert.equal(result.code, 2); // b.txt is empty
  assert.equal(result.stderr, `${join(dir, 'b.txt')}: 文件为空\n`);
  const [header, row, end] = result.stdout.split('\r\n');
  const columns = header!.split(',');
  assert.equal(columns.length, 206);
  assert.deepEqual(columns.slice(0, 6), ['file', 'agency', 'year', 'publishedDate', 'formatVersion', 'level']);
  assert.equal(columns[6], 'active.regulations.issued');
  assert.equal(row, `${join(dir, 'a.txt')},青禾县白石镇人民政府,2024,,2021,,${Array(200).fill('0').join(',')}`);
  assert.equal(end, '');

  const out = join(dir, 'out', 'summary.csv');
  mkdirSync(join(dir, 'out'));
  const written = await run(['parse', join(dir, 'a.txt'), '-f', 'csv', '--bom', '-o', out], { processFile });
  assert.deepEqual(written, { code: 0, stdout: '', stderr: '' });
  const text = readFileSync(out, 'utf8');
  assert.equal(text.charCodeAt(0), 0xfeff);
  assert.ok(text.slice(1).startsWith('file,agency,year,'));

  const unwritable = await run(['parse', join(dir, 'a.txt'), '-o', join(dir, 'no', 'such', 'x.json')], { processFile });
  assert.deepEqual(unwritable, { code: 2, stdout: '', stderr: `${join(dir, 'no', 'such', 'x.json')}: 无法写入输出文件：所在文件夹不存在\n` });
});

test('check sarif through the CLI', async () => {
  const dir = tempDir('gongkai-cli-');
  writeFileSync(join(dir, 'r.txt'), 'x');
  const processFile = fakePipeline({ 'r.txt': [finding('inconsistency', 'B1-balance')] });
  const result = await run(['check', join(dir, 'r.txt'), '-f', 'sarif'], { processFile });
  assert.equal(result.code, 1);
  const log = JSON.parse(result.stdout);
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs[0].tool.driver.version, packageVersion());
  assert.equal(log.runs[0].tool.driver.rules.length, RULES.length);
  assert.deepEqual(log.runs[0].results[0].locations[0].physicalLocation.region, { startLine: 2, startColumn: 1 });
});

test('a progress bar on a TTY stderr for a long batch, never on a pipe', async () => {
  const dir = tempDir('gongkai-cli-');
  const good: Record<string, Finding[]> = {};
  for (let i = 1; i <= 6; i++) {
    writeFileSync(join(dir, `r${i}.txt`), 'x');
    good[`r${i}.txt`] = [];
  }
  let clock = 0;
  const tty = await run(['check', dir], { processFile: fakePipeline(good), tty: true, now: () => (clock += 250) });
  assert.ok(tty.stderr.startsWith(`\r[${'░'.repeat(24)}] 0/6 0%`));
  assert.match(tty.stderr, /\] 6\/6 100% \d+\.\d 个\/秒/);
  assert.ok(tty.stderr.endsWith(`${ESC}[K\r${ESC}[K`));
  const piped = await run(['check', dir], { processFile: fakePipeline(good) });
  assert.equal(piped.stderr, '');
});

test('rules lists every rule with id, severity and description', async () => {
  const zh = await run(['rules']);
  const en = await run(['rules', '--lang', 'en']);
  assert.equal(zh.code, 0);
  if (RULES.length === 0) {
    assert.equal(zh.stdout, '（暂无规则）\n');
    assert.equal(en.stdout, '(no rules yet)\n');
  } else {
    const severities = { error: '错误', inconsistency: '不一致', warning: '警告', info: '提示' };
    for (const { meta } of RULES) {
      assert.match(zh.stdout, new RegExp(`^${escapeRegExp(meta.id)} +${severities[meta.severity]} +${escapeRegExp(meta.description['zh-CN'])}$`, 'm'));
      assert.match(en.stdout, new RegExp(`^${escapeRegExp(meta.id)} +${meta.severity} +${escapeRegExp(meta.description.en)}$`, 'm'));
    }
    assert.match(zh.stdout, new RegExp(`\\n共 ${RULES.length} 条规则\\n$`));
  }
  const json = JSON.parse((await run(['rules', '-f', 'json'])).stdout);
  assert.deepEqual(json.map((rule: { id: string }) => rule.id), RULES.map((rule) => rule.meta.id));
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('parse end to end on a fictional report: values read, output conforms to the schema', async () => {
  const { buildReportSchema } = await import('../output/schema.js');
  const { validateSchema } = await import('../output/schema-validate.js');
  const dir = tempDir('gongkai-cli-');
  const file = join(dir, 'qinghe-2024.txt');
  writeFileSync(file, FICTIONAL_REPORT);
  const result = await run(['parse', file]);
  assert.equal(result.stderr, '');
  assert.equal(result.code, 0);
  const report = JSON.parse(result.stdout);
  assert.equal(report.source.file, file);
  assert.deepEqual(validateSchema(report, buildReportSchema()), []);
  assert.equal(report.meta.agency, '青禾县白石镇人民政府');
  assert.equal(report.meta.publishedDate, '2025-01-20');
  assert.equal(report.requests.newReceived.total, 3);
  assert.equal(report.requests.unavailable.notHeld.naturalPerson, 1);
  assert.equal(report.active.licensing.decisions, 12);
  assert.equal(report.appeals.review.total, 0);
});

// A fictional township report in our own wording, laid out as a text extractor prints Word tables (tabs).
const FICTIONAL_REPORT = (() => {
  const request = (label: string, values: number[]) => [label, ...values].join('\t');
  const rows: Array<[string, number[]]> = [
    ['一、本年新收政府信息公开申请数量', [3, 0, 0, 0, 0, 0, 3]],
    ['二、上年结转政府信息公开申请数量', [0, 0, 0, 0, 0, 0, 0]],
    ['（一）予以公开', [2, 0, 0, 0, 0, 0, 2]],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [0, 0, 0, 0, 0, 0, 0]],
    ['1.属于国家秘密', [0, 0, 0, 0, 0, 0, 0]],
    ['2.其他法律行政法规禁止公开', [0, 0, 0, 0, 0, 0, 0]],
    ['3.危及“三安全一稳定”', [0, 0, 0, 0, 0, 0, 0]],
    ['4.保护第三方合法权益', [0, 0, 0, 0, 0, 0, 0]],
    ['5.属于三类内部事务信息', [0, 0, 0, 0, 0, 0, 0]],
    ['6.属于四类过程性信息', [0, 0, 0, 0, 0, 0, 0]],
    ['7.属于行政执法案卷', [0, 0, 0, 0, 0, 0, 0]],
    ['8.属于行政查询事项', [0, 0, 0, 0, 0, 0, 0]],
    ['1.本机关不掌握相关政府信息', [1, 0, 0, 0, 0, 0, 1]],
    ['2.没有现成信息需要另行制作', [0, 0, 0, 0, 0, 0, 0]],
    ['3.补正后申请内容仍不明确', [0, 0, 0, 0, 0, 0, 0]],
    ['1.信访举报投诉类申请', [0, 0, 0, 0, 0, 0, 0]],
    ['2.重复申请', [0, 0, 0, 0, 0, 0, 0]],
    ['3.要求提供公开出版物', [0, 0, 0, 0, 0, 0, 0]],
    ['4.无正当理由大量反复申请', [0, 0, 0, 0, 0, 0, 0]],
    ['5.要求行政机关确认或重新出具已获取信息', [0, 0, 0, 0, 0, 0, 0]],
    ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', [0, 0, 0, 0, 0, 0, 0]],
    ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', [0, 0, 0, 0, 0, 0, 0]],
    ['3.其他', [0, 0, 0, 0, 0, 0, 0]],
    ['（七）总计', [3, 0, 0, 0, 0, 0, 3]],
    ['四、结转下年度继续办理', [0, 0, 0, 0, 0, 0, 0]],
  ];
  return [
    '青禾县白石镇人民政府2024年政府信息公开工作年度报告',
    '一、总体情况',
    '2024年，白石镇围绕主动公开、依申请公开、政府信息管理、平台建设和监督保障五个方面推进政务公开。',
    '二、主动公开政府信息情况',
    '第二十条第（一）项',
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
    '规章\t0\t0\t0',
    '行政规范性文件\t1\t0\t4',
    '第二十条第（五）项',
    '信息内容\t本年处理决定数量',
    '行政许可\t12',
    '第二十条第（六）项',
    '信息内容\t本年处理决定数量',
    '行政处罚\t5',
    '行政强制\t0',
    '第二十条第（八）项',
    '信息内容\t本年收费金额（单位：万元）',
    '行政事业性收费\t0',
    '三、收到和处理政府信息公开申请情况',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况',
    '\t自然人\t法人或其他组织\t总计',
    '\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
    ...rows.map(([label, values]) => request(label, values)),
    '四、政府信息公开行政复议、行政诉讼情况',
    '行政复议\t行政诉讼',
    '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉',
    '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
    Array(15).fill('0').join('\t'),
    '五、存在的主要问题及改进情况',
    '栏目更新不够及时。下一步将明确专人维护，按月检查。上年提出的问题已整改。',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
    '青禾县白石镇人民政府',
    '2025年1月20日',
    '',
  ].join('\n');
})();
