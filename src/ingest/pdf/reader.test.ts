import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PdfReader, READER_DEFAULTS, type ReaderOutcome } from './reader.js';

const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/pdf/${name}`, import.meta.url)));
const small = bytesOf('permissions-only.pdf');
const MINUTE = 60_000;

const TITLE = '青岚县石泉乡人民政府 2023 年政府信息公开工作年度报告';

/** The title if the first page has it, or the failure's name. */
function summary(outcome: ReaderOutcome): string {
  if (!outcome.ok) return outcome.failure.name;
  return outcome.content.pages[0]?.runs.some((run) => run.text === TITLE) ? TITLE : '(no title)';
}

test('defaults: a 2 GB heap, a fresh thread every 200 files, stopped after 15 s idle', () => {
  assert.deepEqual(READER_DEFAULTS, { heapLimitMb: 2048, filesPerThread: 200, idleMs: 15_000 });
});

test('one thread reads file after file, also when the calls overlap', async () => {
  const reader = new PdfReader();
  try {
    assert.equal(summary(await reader.read(small, 200, MINUTE)), TITLE);
    const together = await Promise.all([reader.read(small, 200, MINUTE), reader.read(bytesOf('encrypted.pdf'), 200, MINUTE), reader.read(small, 1, MINUTE)]);
    assert.deepEqual(together.map(summary), [TITLE, 'PasswordException', TITLE]);
    assert.equal(reader.threadsStarted, 1);
  } finally {
    reader.close();
  }
});

test('the thread is replaced after its quota of files', async () => {
  const reader = new PdfReader({ filesPerThread: 2 });
  try {
    for (let i = 0; i < 5; i++) assert.equal((await reader.read(small, 200, MINUTE)).ok, true);
    assert.equal(reader.threadsStarted, 3);
  } finally {
    reader.close();
  }
});

test('a timeout stops the thread, and the next file gets a new one', async () => {
  const reader = new PdfReader();
  try {
    const timedOut = await reader.read(bytesOf('chromium-ruled.pdf'), 200, 1);
    assert.deepEqual(timedOut, { ok: false, failure: { name: 'Timeout', message: 'reading took longer than 1 ms' } });
    assert.equal(summary(await reader.read(small, 200, MINUTE)), TITLE);
    assert.equal(reader.threadsStarted, 2);
  } finally {
    reader.close();
  }
});

test('a thread out of memory is reported as such, and each later file gets a new thread', async () => {
  // 8 MB is not even enough to load pdf.js: every thread runs out of memory.
  const reader = new PdfReader({ heapLimitMb: 8 });
  try {
    assert.equal(summary(await reader.read(small, 200, MINUTE)), 'OutOfMemory');
    assert.equal(summary(await reader.read(small, 200, MINUTE)), 'OutOfMemory');
    assert.equal(reader.threadsStarted, 2);
  } finally {
    reader.close();
  }
});

test('an idle thread is stopped and a later file starts another', async () => {
  const reader = new PdfReader({ idleMs: 1 });
  try {
    assert.equal((await reader.read(small, 200, MINUTE)).ok, true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal((await reader.read(small, 200, MINUTE)).ok, true);
    assert.equal(reader.threadsStarted, 2);
  } finally {
    reader.close();
  }
});

test('the idle thread does not keep a process alive: a script that reads a PDF exits by itself', () => {
  const index = fileURLToPath(new URL('./index.ts', import.meta.url));
  const fixture = fileURLToPath(new URL('../../../fixtures/pdf/permissions-only.pdf', import.meta.url));
  const script = `
    import { readFileSync } from 'node:fs';
    import { ingestPdf } from ${JSON.stringify(index)};
    const doc = await ingestPdf(readFileSync(${JSON.stringify(fixture)}), 'x.pdf');
    console.log(doc.blocks.length > 0 ? 'read' : 'empty');`;
  // Without unref the child would wait forever for the reader thread; the time limit turns that into a failure.
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 2 * MINUTE });
  assert.equal(child.signal, null, 'the script had to be killed');
  assert.equal(child.status, 0, child.stderr);
  assert.equal(child.stdout, 'read\n');
});

test('a process started with V8 options still reads PDFs: the thread keeps only the options that load code', () => {
  const script = `import('./src/ingest/index.ts').then(async ({ ingestFile }) => {
    const doc = await ingestFile('fixtures/same-report/report-lo.pdf');
    console.log(doc.source.format, doc.blocks.length);
  })`;
  const run = spawnSync(process.execPath, ['--max-semi-space-size=32', '--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: fileURLToPath(new URL('../../..', import.meta.url)),
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.equal(run.stderr.trim(), '');
  assert.match(run.stdout, /^pdf \d+/);
});
