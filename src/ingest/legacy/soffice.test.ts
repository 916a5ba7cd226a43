import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { GongkaiError } from '../../errors.js';
import { convertWithSoffice, findSoffice } from './soffice.js';

const posix = process.platform === 'win32' ? { skip: 'needs a POSIX shell' } : {};

/** A stand-in for soffice: a shell script in a fresh directory. */
function fakeSoffice(script: string): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-fake-soffice-'));
  const path = join(dir, 'soffice');
  writeFileSync(path, `#!/bin/sh\nPATH=/usr/bin:/bin\n${script}\n`);
  chmodSync(path, 0o755);
  return { dir, path };
}

const leftovers = () => readdirSync(tmpdir()).filter((n) => n.startsWith('gongkai-soffice-'));

test('findSoffice looks through each directory of the search path', posix, () => {
  const fake = fakeSoffice('exit 0');
  try {
    assert.equal(findSoffice(['/nonexistent', fake.dir].join(':')), fake.path);
    assert.equal(findSoffice(''), null);
    assert.equal(findSoffice('/nonexistent'), null);
  } finally {
    rmSync(fake.dir, { recursive: true, force: true });
  }
});

test('a conversion that writes nothing is reported as corrupt, and the work directory is removed', posix, async () => {
  const fake = fakeSoffice('exit 1');
  const before = new Set(leftovers());
  try {
    await assert.rejects(
      convertWithSoffice(fake.path, new Uint8Array([1, 2, 3]), { inputExtension: 'doc', target: 'docx', timeoutMs: 30_000, file: 'a.doc' }),
      (error: unknown) => error instanceof GongkaiError && error.code === 'corrupt' && /无法转换/.test(error.message),
    );
    assert.deepEqual(
      leftovers().filter((n) => !before.has(n)),
      [],
    );
  } finally {
    rmSync(fake.dir, { recursive: true, force: true });
  }
});

test('a conversion that hangs is stopped at the time limit', posix, async () => {
  const fake = fakeSoffice('sleep 60');
  try {
    await assert.rejects(
      convertWithSoffice(fake.path, new Uint8Array([1]), { inputExtension: 'doc', target: 'docx', timeoutMs: 300, file: 'slow.doc' }),
      (error: unknown) => error instanceof GongkaiError && error.code === 'corrupt' && /超时/.test(error.message),
    );
  } finally {
    rmSync(fake.dir, { recursive: true, force: true });
  }
});

test('the converted file is returned; soffice gets a private profile, --headless and the output directory', posix, async () => {
  // Writes its own arguments into the expected output file.
  const fake = fakeSoffice('for last; do :; done\nout=""\nprev=""\nfor a; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done\nmkdir -p "$out"\necho "$@" > "$out/input.docx"');
  try {
    const bytes = await convertWithSoffice(fake.path, new Uint8Array([1]), { inputExtension: 'doc', target: 'docx', timeoutMs: 30_000, file: null });
    const args = Buffer.from(bytes).toString('utf8');
    assert.match(args, /^-env:UserInstallation=file:\/\/\/.*gongkai-soffice-.*\/profile --headless /);
    assert.match(args, /--convert-to docx --outdir \S+\/out \S+\/input\.doc\n$/);
  } finally {
    rmSync(fake.dir, { recursive: true, force: true });
  }
});
