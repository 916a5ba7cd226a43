/**
 * `npm run bench [-- --n 1000 --format text,pdf --layout tabbed,glued]`: generates reports of each format (text in
 * every layout, HTML, DOCX, PDF), then times parsing (ingest + extract), checking, and both together, on one core.
 * With several formats, each runs in a child process of its own, so that its peak memory is its own, and one line per
 * format is printed: reports/s, MB/s, peak RSS, exact round trips. With one format, every phase is printed.
 * Reports are checked in batches so the harness does not hold every parsed report at once. `npm run bench` times the
 * code as tsc compiles it (into .bench/build/), the same JavaScript the `gongkai` command runs.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { checkReport } from '../src/check/index.js';
import type { CanonicalReport } from '../src/model/report.js';
import { flattenValues } from '../src/model/values.js';
import { formats, type BenchFormat, type BenchInput } from './formats.js';

interface Item {
  format: BenchFormat;
  variant: string;
  input: BenchInput;
  bytes: number;
  /** The values and metadata written, to count exact round trips after timing. */
  want: string;
}

const BATCH = 250;
/** Reports read and checked, untimed, before the timing starts. */
const WARM_UP = 100;

function fingerprint(report: CanonicalReport): string {
  const { agency, year, publishedDate, formatVersion } = report.meta;
  const values = flattenValues(report, formatVersion ?? '2021').map(([, v]) => v);
  return JSON.stringify([agency, year, publishedDate, formatVersion, values]);
}

type Plan = Array<{ format: BenchFormat; variant: string }>;

function options() {
  const { values } = parseArgs({
    options: {
      n: { type: 'string' },
      layout: { type: 'string' },
      format: { type: 'string' },
      // Internal: a child run prints its result as one JSON line for the parent's table.
      json: { type: 'boolean', default: false },
    },
  });
  const n = values.n === undefined ? undefined : Number(values.n);
  if (n !== undefined && (!Number.isInteger(n) || n < 1)) throw new Error(`--n 应为正整数，收到 ${values.n}`);
  const names = values.format?.split(',');
  const unknown = names?.filter((name) => !formats.some((f) => f.name === name)) ?? [];
  if (unknown.length > 0) throw new Error(`未知格式：${unknown.join('、')}（可选：${formats.map((f) => f.name).join('、')}）`);
  const chosen = names ? formats.filter((f) => names.includes(f.name)) : formats;
  const layouts = values.layout?.split(',');
  const plan: Plan = chosen.flatMap((format) =>
    format.variants.filter((v) => !layouts || layouts.includes(v)).map((variant) => ({ format, variant })),
  );
  if (plan.length === 0) {
    const known = formats.flatMap((f) => f.variants.map((v) => `${f.name}:${v}`)).join(', ');
    throw new Error(`没有可用的版式（可选：${known}）`);
  }
  return { n, plan, layout: values.layout, json: values.json };
}

async function generate(n: number, plan: Plan): Promise<Item[]> {
  const items: Item[] = [];
  for (let i = 0; i < n; i++) {
    const entry = plan[i % plan.length];
    if (!entry) throw new Error('empty plan');
    const { format, variant } = entry;
    const { report, input } = await format.sample(i, variant);
    const bytes = typeof input === 'string' ? Buffer.byteLength(input) : input.length;
    items.push({ format, variant, input, bytes, want: fingerprint(report) });
  }
  return items;
}

async function parseOne(item: Item): Promise<CanonicalReport> {
  const parsed = item.format.parse(item.input);
  return parsed instanceof Promise ? await parsed : parsed;
}

interface Row {
  phase: string;
  reports: number;
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds of this process (user + system): the one-core figure on a busy machine. */
  cpu: number;
  bytes: number;
}

/** Wall-clock and CPU time of a stretch of work, accumulated across calls. */
class Stopwatch {
  seconds = 0;
  cpu = 0;
  private wallStart = 0;
  private cpuStart: NodeJS.CpuUsage = { user: 0, system: 0 };

  start(): void {
    this.wallStart = performance.now();
    this.cpuStart = process.cpuUsage();
  }

  stop(): void {
    this.seconds += (performance.now() - this.wallStart) / 1000;
    const used = process.cpuUsage(this.cpuStart);
    this.cpu += (used.user + used.system) / 1e6;
  }
}

/** What one run measured, also handed from a child run to the parent as JSON. */
interface Result {
  formats: string[];
  reports: number;
  bytes: number;
  rows: Row[];
  /** Peak resident memory of the process in MB, pdf.js's reader thread included. */
  peakRssMb: number;
  exact: number;
  byVariant: Array<[string, [number, number]]>;
  anomalies: number;
  findings: number;
}

async function measure(n: number, plan: Plan): Promise<Result> {
  const rows: Row[] = [];
  const row = (phase: string, watch: Stopwatch) => rows.push({ phase, reports: n, seconds: watch.seconds, cpu: watch.cpu, bytes: totalBytes });
  const generating = new Stopwatch();
  generating.start();
  const items = await generate(n, plan);
  generating.stop();
  const totalBytes = items.reduce((s, i) => s + i.bytes, 0);
  row('生成 generate', generating);

  // Generating (docx and pdf libraries, the random reports) leaves garbage behind that is not the reader's to collect.
  (globalThis as { gc?: () => void }).gc?.();
  // A batch of thousands runs compiled code, so the first reports, read while V8 is still compiling, are not timed.
  for (const item of items.slice(0, WARM_UP)) checkReport(await parseOne(item));

  // Parse alone; the anomaly count is printed so the work cannot be optimised away.
  let anomalies = 0;
  const parsing = new Stopwatch();
  parsing.start();
  for (const item of items) anomalies += (await parseOne(item)).anomalies.length;
  parsing.stop();
  row('读取 parse', parsing);

  // Check alone, batch by batch: the parsing of each batch is not timed.
  const checking = new Stopwatch();
  const exactByVariant = new Map<string, [number, number]>();
  for (let from = 0; from < items.length; from += BATCH) {
    const batch = items.slice(from, from + BATCH);
    const reports: CanonicalReport[] = [];
    for (const item of batch) reports.push(await parseOne(item));
    checking.start();
    for (const report of reports) checkReport(report);
    checking.stop();
    batch.forEach((item, i) => {
      const ok = reports[i] !== undefined && fingerprint(reports[i]) === item.want;
      const key = `${item.format.name}:${item.variant}`;
      const [good, all] = exactByVariant.get(key) ?? [0, 0];
      exactByVariant.set(key, [good + (ok ? 1 : 0), all + 1]);
    });
  }
  row('核对 check', checking);

  let findings = 0;
  const both = new Stopwatch();
  both.start();
  for (const item of items) findings += checkReport(await parseOne(item)).length;
  both.stop();
  row('读取+核对 parse+check', both);

  const exact = [...exactByVariant.values()].reduce((s, [good]) => s + good, 0);
  return {
    formats: [...new Set(plan.map((p) => p.format.name))],
    reports: n,
    bytes: totalBytes,
    rows,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    exact,
    byVariant: [...exactByVariant],
    anomalies,
    findings,
  };
}

const mb = (b: number) => b / 1024 / 1024;
const share = (good: number, all: number) => `${((100 * good) / all).toFixed(1)}%`;

/** Every phase of one run. */
function printPhases(result: Result): void {
  const { reports: n, bytes } = result;
  console.log(`${n} 份年报（${result.formats.join('、')}），共 ${mb(bytes).toFixed(1)} MB（平均 ${(bytes / n / 1024).toFixed(1)} KB），单线程\n`);
  // Rates are per CPU second, which other work on the machine lowers far less than wall time; wall time is shown beside.
  console.log(`${'阶段 phase'.padEnd(22)}${'墙钟 wall s'.padStart(12)}${'CPU s'.padStart(9)}${'份/秒 reports/s'.padStart(17)}${'MB/s'.padStart(8)}`);
  for (const row of result.rows) {
    const rate = row.reports / row.cpu;
    const line = [row.seconds.toFixed(2).padStart(12), row.cpu.toFixed(2).padStart(9), rate.toFixed(0).padStart(17)];
    console.log(`${row.phase.padEnd(22)}${line.join('')}${(mb(row.bytes) / row.cpu).toFixed(1).padStart(8)}`);
  }
  const memory = process.memoryUsage();
  console.log(`\n峰值常驻内存 peak RSS: ${result.peakRssMb.toFixed(0)} MB（当前 RSS ${mb(memory.rss).toFixed(0)} MB，堆 ${mb(memory.heapUsed).toFixed(0)} MB）`);
  const variants = result.byVariant.map(([key, [good, all]]) => `${key} ${share(good, all)}`).join('，');
  console.log(`完全读回 exact round trips: ${share(result.exact, n)}（${variants}）`);
  console.log(`每份平均：异常 ${(result.anomalies / n).toFixed(2)} 处，发现问题 ${(result.findings / n).toFixed(2)} 条`);
}

/** One line per format: the parent's table. */
function printTable(results: Result[]): void {
  const rate = (result: Result, phase: string) => {
    const row = result.rows.find((r) => r.phase === phase);
    return row ? [result.reports / row.cpu, mb(row.bytes) / row.cpu] : [NaN, NaN];
  };
  console.log('每种格式单独一个进程，单线程；速率按 CPU 秒计 (rates per CPU second, one process per format)\n');
  const head = ['格式 format', '份数 n', '平均 KB', '读取 份/秒', '读取 MB/s', '读取+核对 份/秒', '峰值 RSS MB', '完全读回 exact'];
  const widths = [12, 8, 9, 12, 11, 17, 13, 16];
  // Chinese characters take two columns in a terminal.
  const columns = (text: string) => [...text].reduce((n, c) => n + (c.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0);
  const pad = (text: string, width: number, left: boolean) => {
    const fill = ' '.repeat(Math.max(0, width - columns(text)));
    return left ? text + fill : fill + text;
  };
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i] ?? 10, i === 0)).join('');
  console.log(line(head));
  for (const result of results) {
    const [parseRate, parseMb] = rate(result, '读取 parse');
    const [bothRate] = rate(result, '读取+核对 parse+check');
    console.log(
      line([
        result.formats.join(','),
        String(result.reports),
        (result.bytes / result.reports / 1024).toFixed(1),
        (parseRate ?? NaN).toFixed(0),
        (parseMb ?? NaN).toFixed(1),
        (bothRate ?? NaN).toFixed(0),
        result.peakRssMb.toFixed(0),
        share(result.exact, result.reports),
      ]),
    );
  }
}

/** Runs this script again for one format, in a process of its own, and reads its JSON line. */
function runChild(format: string, n: number | undefined, layout: string | undefined): Promise<Result> {
  const args = [...process.execArgv, fileURLToPath(import.meta.url), '--format', format, '--json'];
  if (n !== undefined) args.push('--n', String(n));
  if (layout !== undefined) args.push('--layout', layout);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`${format} 的基准测试失败（退出码 ${code}）`));
      else resolve(JSON.parse(last) as Result);
    });
  });
}

async function main(): Promise<void> {
  const { n, plan, layout, json } = options();
  const chosen = [...new Set(plan.map((p) => p.format))];
  if (json || chosen.length === 1) {
    const count = n ?? Math.min(...chosen.map((f) => f.defaultCount));
    const result = await measure(count, plan);
    if (json) console.log(JSON.stringify(result));
    else printPhases(result);
    return;
  }
  const results: Result[] = [];
  for (const format of chosen) {
    const missing = await format.unavailable?.();
    if (missing) {
      console.error(`跳过 ${format.name}：${missing}`);
      continue;
    }
    process.stderr.write(`${format.name}…\n`);
    results.push(await runChild(format.name, n, layout));
  }
  printTable(results);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
