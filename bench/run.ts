/**
 * `npm run bench [-- --n 10000 --layout tabbed,glued --format text]`: generates reports in memory in mixed layouts,
 * then times parsing (ingest + extract), checking, and both together, on one core. Prints reports/s, MB/s and memory.
 * Reports are checked in batches so the harness does not hold every parsed report at once.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { checkReport } from '../src/check/index.js';
import type { CanonicalReport } from '../src/model/report.js';
import { flattenValues } from '../src/model/values.js';
import { randomReport } from '../src/testing/random-report.js';
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

function fingerprint(report: CanonicalReport): string {
  const { agency, year, publishedDate, formatVersion } = report.meta;
  const values = flattenValues(report, formatVersion ?? '2021').map(([, v]) => v);
  return JSON.stringify([agency, year, publishedDate, formatVersion, values]);
}

function options() {
  const { values } = parseArgs({
    options: { n: { type: 'string', default: '10000' }, layout: { type: 'string' }, format: { type: 'string' } },
  });
  const n = Number(values.n);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--n 应为正整数，收到 ${values.n}`);
  const chosen = values.format ? formats.filter((f) => values.format?.split(',').includes(f.name)) : formats;
  const layouts = values.layout?.split(',');
  const plan = chosen.flatMap((format) =>
    format.variants.filter((v) => !layouts || layouts.includes(v)).map((variant) => ({ format, variant })),
  );
  if (plan.length === 0) {
    const known = formats.flatMap((f) => f.variants.map((v) => `${f.name}:${v}`)).join(', ');
    throw new Error(`没有可用的版式（可选：${known}）`);
  }
  return { n, plan };
}

function generate(n: number, plan: Array<{ format: BenchFormat; variant: string }>): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < n; i++) {
    const entry = plan[i % plan.length];
    if (!entry) throw new Error('empty plan');
    const { format, variant } = entry;
    const report = randomReport(i + 1);
    const input = format.generate(report, variant, i);
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

async function main(): Promise<void> {
  const { n, plan } = options();
  const rows: Row[] = [];
  const row = (phase: string, watch: Stopwatch) => rows.push({ phase, reports: n, seconds: watch.seconds, cpu: watch.cpu, bytes: totalBytes });
  const generating = new Stopwatch();
  generating.start();
  const items = generate(n, plan);
  generating.stop();
  const totalBytes = items.reduce((s, i) => s + i.bytes, 0);
  row('生成 generate', generating);

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

  print(rows, totalBytes, n, exactByVariant);
  console.log(`每份平均：异常 ${(anomalies / n).toFixed(2)} 处，发现问题 ${(findings / n).toFixed(2)} 条`);
}

function print(rows: Row[], totalBytes: number, n: number, byVariant: Map<string, [number, number]>): void {
  const mb = (b: number) => b / 1024 / 1024;
  console.log(`${n} 份年报，共 ${mb(totalBytes).toFixed(1)} MB 文本（平均 ${(totalBytes / n / 1024).toFixed(1)} KB），单线程\n`);
  // Rates are per CPU second, so a machine busy with other work does not lower them; wall time is shown beside.
  console.log(`${'阶段 phase'.padEnd(22)}${'墙钟 wall s'.padStart(12)}${'CPU s'.padStart(9)}${'份/秒 reports/s'.padStart(17)}${'MB/s'.padStart(8)}`);
  for (const row of rows) {
    const rate = row.reports / row.cpu;
    const line = [row.seconds.toFixed(2).padStart(12), row.cpu.toFixed(2).padStart(9), rate.toFixed(0).padStart(17)];
    console.log(`${row.phase.padEnd(22)}${line.join('')}${(mb(row.bytes) / row.cpu).toFixed(1).padStart(8)}`);
  }
  const memory = process.memoryUsage();
  console.log(`\n峰值常驻内存 peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB（当前 RSS ${mb(memory.rss).toFixed(0)} MB，堆 ${mb(memory.heapUsed).toFixed(0)} MB）`);
  const share = (good: number, all: number) => `${((100 * good) / all).toFixed(1)}%`;
  const exact = [...byVariant.values()].reduce((s, [good]) => s + good, 0);
  const variants = [...byVariant].map(([key, [good, all]]) => `${key} ${share(good, all)}`).join('，');
  console.log(`完全读回 exact round trips: ${share(exact, n)}（${variants}）`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
