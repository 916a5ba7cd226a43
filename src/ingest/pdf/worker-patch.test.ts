import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { patchWorkerSource, WORKER_PATCHES } from './worker-patch.js';

const workerSource = readFileSync(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'), 'utf8');

test('every patch applies to the installed pdf.js (if this fails after an upgrade, bring the anchors up to date)', () => {
  const { source, applied } = patchWorkerSource(workerSource);
  assert.deepEqual(applied, ['type3-glyphs', 'text-operators', 'type3-fallback-unicode', 'name-tokens', 'name-cache', 'text-fonts', 'text-rules', 'deferred-font-hash', 'monospace-widths', 'ref-cache', 'sync-inflate', 'command-tokens', 'font-programs', 'text-state-clone', 'truetype-glyphs']);
  assert.deepEqual(WORKER_PATCHES, applied);
  assert.ok(source.length > workerSource.length);
  assert.ok(source.includes('charProcOperatorList[key] = { fnArray: [], argsArray: [], length: 0 };'));
  assert.ok(source.includes('this.stream.pos -= length + 1;'));
  assert.ok(source.includes('let cached = Name.shortNames.get(head);'));
  assert.ok(source.includes('fn === OPS.setTextMatrix || fn === OPS.nextLine) {'));
  assert.ok(source.includes('const textFontsByName = new Map();'));
  assert.ok(source.includes('textFontsByName.set(fontName, translated);'));
  assert.ok(source.includes('const knownFont = textFontsByName.get(fontNameArg);'));
  assert.ok(source.includes('self.buildPath(fn, args, pathState);'));
  assert.ok(source.includes('textContent.items.push({ type: "paintedPaths", paths: paintedPaths.splice(0) });'));
  assert.ok(source.includes('descriptor.fontAliases[this.preEvaluateFont(firstFont).hash] = firstAlias;'));
  assert.ok(source.includes('const deferredFonts = descriptor.deferredHashFonts ||= new Map();'));
  assert.ok(source.includes('for (const glyphWidth of glyphsWidths) {'));
  assert.ok(source.includes('let cached = Ref.cache.get(num);'));
  assert.ok(source.includes('return Ref.get(parseInt(generationZero[1]), 0);'));
  assert.ok(source.includes('decompressed: DecompressionStream.decodeSync(name, bytes),'));
  assert.ok(source.includes('let cmd = Lexer.commands.get(code);'));
  assert.ok(source.includes('    this._createBuiltInEncoding();\n    return;\n    try {\n      this.data = compiler.compile();'));
  assert.ok(source.includes('      properties.seacMap = seacMap;\n    }\n    return undefined;\n'));
  assert.ok(source.includes('const clone = Object.assign(Object.create(TextState.prototype), this);'));
  assert.ok(source.includes('    let missingGlyphs = Object.create(null);\n    if (false && isTrueType) {'));
  assert.ok(source.includes('nameRecords);\n      }\n    }\n    return undefined;\n    const charCodeToGlyphId = Object.create(null);'));
});

test('a source the patches were not written for is left as it is', () => {
  assert.deepEqual(patchWorkerSource('export const nothing = 1;\n'), { source: 'export const nothing = 1;\n', applied: [] });
});

test('an anchor found twice is not trusted', () => {
  const twice = workerSource + workerSource;
  assert.deepEqual(patchWorkerSource(twice), { source: twice, applied: [] });
});

test('a patch whose anchor is no longer followed by the expected code is skipped, the others still apply', () => {
  const changed = workerSource.replace('        switch (fn | 0) {\n          case OPS.paintXObject:', '        switch (fn | 0) {\n          case OPS.paintImageXObject:');
  assert.notEqual(changed, workerSource);
  assert.deepEqual(patchWorkerSource(changed).applied, ['type3-glyphs', 'type3-fallback-unicode', 'name-tokens', 'name-cache', 'text-fonts', 'text-rules', 'deferred-font-hash', 'monospace-widths', 'ref-cache', 'sync-inflate', 'command-tokens', 'font-programs', 'text-state-clone', 'truetype-glyphs']);
});

test('a patch of several edits is applied whole or not at all', () => {
  // Only the last of text-fonts' three places changes: the first two, which would apply, must not be made either.
  const changed = workerSource.replace('            next(handleSetFont(fontNameArg, null));\n', '            next(handleSetFont(fontNameArg, undefined));\n');
  assert.notEqual(changed, workerSource);
  const { source, applied } = patchWorkerSource(changed);
  assert.ok(!applied.includes('text-fonts'));
  assert.ok(!source.includes('textFontsByName'));
});

test('ref-cache: one Ref a reference, whether read as numbers or from its string', () => {
  // pdf.js's Ref class as patched, run on its own with a fresh cache.
  const { source } = patchWorkerSource(workerSource);
  const start = source.indexOf('class Ref {');
  const end = source.indexOf('class RefSet {');
  assert.ok(start > 0 && end > start);
  type RefObject = { num: number; gen: number };
  interface RefClass {
    get(num: number, gen: number): RefObject;
    fromString(text: string): RefObject | null;
  }
  const Ref = new Function(`let RefCache = Object.create(null);\n${source.slice(start, end)}\nreturn Ref;`)() as RefClass;
  const twelve = Ref.get(12, 0);
  assert.equal(Ref.fromString('12R'), twelve);
  assert.equal(Ref.get(12, 0), twelve);
  assert.deepEqual({ ...Ref.fromString('345R') }, { num: 345, gen: 0 });
  assert.equal(Ref.get(345, 0), Ref.fromString('345R'));
  assert.equal(Ref.fromString('7R2'), Ref.get(7, 2));
  assert.equal(Ref.fromString('7R2')?.gen, 2);
  assert.equal(Ref.fromString('0R'), null);
  assert.equal(Ref.fromString('12 0 R'), null);
});
