import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectFiles } from './walk.js';
import { tempDir } from '../testing/temp.js';

function tree(): string {
  const root = tempDir('gongkai-walk-');
  for (const dir of ['sub/deeper', '.git', 'node_modules/pkg', 'empty']) mkdirSync(join(root, dir), { recursive: true });
  for (const file of ['b.txt', 'a.pdf', 'B.docx', 'sub/z.html', 'sub/deeper/y.txt', '.DS_Store', '.git/HEAD', 'node_modules/pkg/x.txt']) {
    writeFileSync(join(root, file), 'x');
  }
  return root;
}

test('folders are walked recursively, sorted by path, skipping dot entries and node_modules', async () => {
  const root = tree();
  const { files, problems, walkedFolder } = await collectFiles([root]);
  assert.deepEqual(
    files,
    ['B.docx', 'a.pdf', 'b.txt', 'sub/deeper/y.txt', 'sub/z.html'].map((f) => join(root, f)),
  );
  assert.deepEqual(problems, []);
  assert.equal(walkedFolder, true);
});

test('files keep argument order, duplicates once, missing paths and empty folders reported', async () => {
  const root = tree();
  const { files, problems, walkedFolder } = await collectFiles([
    join(root, 'b.txt'),
    join(root, 'missing.txt'),
    join(root, 'a.pdf'),
    join(root, 'sub'),
    join(root, 'empty'),
    join(root, 'b.txt'),
  ]);
  assert.deepEqual(files, ['b.txt', 'a.pdf', 'sub/deeper/y.txt', 'sub/z.html'].map((f) => join(root, f)));
  assert.deepEqual(problems, [
    { path: join(root, 'missing.txt'), reason: 'not-found' },
    { path: join(root, 'empty'), reason: 'empty-folder' },
  ]);
  assert.equal(walkedFolder, true);
  assert.equal((await collectFiles([join(root, 'b.txt')])).walkedFolder, false);
});

test('a symlink loop is followed once', async () => {
  const root = tree();
  symlinkSync(root, join(root, 'sub', 'loop'));
  const { files } = await collectFiles([root]);
  assert.equal(files.filter((f) => f.endsWith('y.txt')).length, 1);
});
