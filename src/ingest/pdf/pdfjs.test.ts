import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deflateSync, inflateSync } from 'node:zlib';
import { test } from 'node:test';
import { loadPdfjs } from './pdfjs.js';
import { readPdf } from './read-pages.js';
import { WORKER_PATCHES } from './worker-patch.js';

/** A small uncompressed PDF from its object bodies (object n is `objects[n - 1]`), with a correct xref table. */
function buildPdf(objects: string[]): Uint8Array {
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

const stream = (content: string) => `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;

/** A Type 3 font with one glyph, A, drawn by object 7: a 500 × 700 box in glyph space, twice the usual scale. */
const type3 = (fontBBox: string, width: number) =>
  `<< /Type /Font /Subtype /Type3 /FontBBox [${fontBBox}] /FontMatrix [0.002 0 0 0.002 0 0] /CharProcs << /A 7 0 R >> ` +
  `/Encoding << /Type /Encoding /Differences [65 /A] >> /FirstChar 65 /LastChar 65 /Widths [${width}] /Resources << >> >>`;

/**
 * One page: a ruling line, then "AA" at 12 pt in three Type 3 fonts with the same glyph: F1 declares the glyph's own
 * box as FontBBox, F2 declares none (all zeros), F3 declares a box the glyph overflows a hundredfold. Fresh bytes
 * each time: pdf.js takes over the buffer it is given.
 */
const type3Pdf = () => buildPdf([
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 8 0 R >> >> >>',
  stream('50 500 300 1 re f BT /F1 12 Tf 72 700 Td (AA) Tj ET BT /F2 12 Tf 72 600 Td (AA) Tj ET BT /F3 12 Tf 72 500 Td (AA) Tj ET'),
  type3('0 0 500 700', 500),
  type3('0 0 0 0', 600),
  stream('500 0 0 0 500 700 d1 0 0 500 700 re f'),
  type3('0 0 5 7', 700),
]);

test('Type 3 text: sizes as pdf.js gives them; a font without FontBBox still has its glyphs read for their box', async () => {
  const content = await readPdf(type3Pdf(), { maxPages: 5 });
  const runs = content.pages[0]?.runs.map((run) => [run.text, run.y, run.size]);
  // pdf.js unpatched gives 12, 16.8 and 16.8: F2's glyph box (700 units × 0.002 × 12 pt) stands in for the missing
  // FontBBox. F3's glyph breaks the declared box, which PDF 32000-1 §9.6.5 forbids; it keeps its declared size here.
  assert.deepEqual(runs, [
    ['AA', 100, 12],
    ['AA', 200, 16.8],
    ['AA', 300, 12],
  ]);
  assert.deepEqual(content.pages[0]?.rules, [{ x0: 50, y0: 299.5, x1: 350, y1: 299.5 }]);
});

test('a page operator list keeps the drawing and leaves out fonts and text', async () => {
  const { pdfjs, worker } = await loadPdfjs();
  const doc = await pdfjs.getDocument({ data: type3Pdf(), worker, verbosity: pdfjs.VerbosityLevel.ERRORS }).promise;
  try {
    const list = await (await doc.getPage(1)).getOperatorList();
    const { OPS } = pdfjs;
    assert.ok(list.fnArray.includes(OPS.constructPath));
    for (const op of [OPS.setFont, OPS.showText, OPS.showSpacedText]) assert.ok(!list.fnArray.includes(op));
  } finally {
    await doc.destroy();
  }
});

/** A one-page PDF of the given content stream, with no resources. */
const onePage = (content: string) => buildPdf([
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R >>',
  stream(content),
]);

test('an operator list leaves out the operators that position text, and keeps the drawing in order', async () => {
  const content = 'BT 1 0 0 1 0 0 Tm 0 12 TD T* 1 0 Td ET 0 g q 1 0 0 1 5 5 cm 10 20 m 110 20 l S Q';
  const { pdfjs, worker } = await loadPdfjs();
  const { OPS } = pdfjs;
  const doc = await pdfjs.getDocument({ data: onePage(content), worker, verbosity: pdfjs.VerbosityLevel.ERRORS }).promise;
  try {
    const list = await (await doc.getPage(1)).getOperatorList();
    assert.deepEqual(list.fnArray, [OPS.beginText, OPS.endText, OPS.setFillRGBColor, OPS.save, OPS.transform, OPS.constructPath, OPS.restore]);
  } finally {
    await doc.destroy();
  }
});

test('one channel serves document after document; a file that fails to open lets go of its place on it', async () => {
  const { port } = await loadPdfjs();
  const before = port.listenerCount;
  const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/pdf/${name}`, import.meta.url)));
  await readPdf(fixture('permissions-only.pdf'), { maxPages: 1 });
  await assert.rejects(readPdf(fixture('encrypted.pdf'), { maxPages: 1 }), { name: 'PasswordException' });
  await assert.rejects(readPdf(new Uint8Array([1, 2, 3]), { maxPages: 1 }), { name: 'InvalidPDFException' });
  await readPdf(type3Pdf(), { maxPages: 1 });
  assert.equal(port.listenerCount, before);
});

test('the patched worker code is the code that runs (a patch that breaks it would silently leave pdf.js unpatched)', async () => {
  const { patches } = await loadPdfjs();
  assert.deepEqual(patches, WORKER_PATCHES);
});

/** A one-glyph Type 3 font: code 65 is drawn by /Alpha, code 67 by /Beta; ToUnicode maps 65 only, to 甲 (U+7532). */
const mappedType3 = () => buildPdf([
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  // The font's resource name is written with #-escapes (#46 is F, #31 is 1): per PDF 32000-1 §7.3.5 it is /F1.
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R /Resources << /Font << /#46#31 5 0 R /Song#20Ti 5 0 R >> >> >>',
  stream('BT /F1 12 Tf 72 700 Td (ACA) Tj ET BT /Song#20Ti 12 Tf 72 600 Td (A) Tj ET'),
  '<< /Type /Font /Subtype /Type3 /FontBBox [0 0 500 700] /FontMatrix [0.002 0 0 0.002 0 0] /CharProcs << /Alpha 6 0 R /Beta 6 0 R >> ' +
    '/Encoding << /Type /Encoding /Differences [65 /Alpha 67 /Beta] >> /FirstChar 65 /LastChar 67 /Widths [500 0 500] /ToUnicode 7 0 R /Resources << >> >>',
  stream('500 0 0 0 500 700 d1 0 0 500 700 re f'),
  stream('/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test def 1 begincodespacerange <00> <FF> endcodespacerange ' +
    '1 beginbfchar <41> <7532> endbfchar endcmap CMapName currentdict /CMap defineresource pop end end'),
]);

test('Type 3 text with ToUnicode: mapped codes as mapped, others as their code; names with #-escapes are the names they spell', async () => {
  const content = await readPdf(mappedType3(), { maxPages: 1 });
  // Code 67 is not in ToUnicode, and pdf.js gives a Type 3 font's unmapped code as the character of that code (C),
  // never the glyph name's guess: the fallback map patched away is not read for Type 3 fonts.
  assert.deepEqual(content.pages[0]?.runs.map((run) => [run.text, run.y]), [
    ['甲C甲', 100],
    ['甲', 200],
  ]);
});

/**
 * A Flate stream: the content deflated, and `damage` applied to the compressed bytes. Chromium compresses every
 * stream, most of them small (one ToUnicode map a font).
 */
const flateStream = (content: string, damage: (bytes: Buffer) => Buffer = (bytes) => bytes) => {
  const bytes = damage(deflateSync(Buffer.from(content, 'latin1'))).toString('latin1');
  return `<< /Length ${bytes.length} /Filter /FlateDecode >>\nstream\n${bytes}\nendstream`;
};

const jiaMap = '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test def 1 begincodespacerange <00> <FF> ' +
  'endcodespacerange 1 beginbfchar <41> <7532> endbfchar endcmap CMapName currentdict /CMap defineresource pop end end';

/**
 * mappedType3's page with its ToUnicode map compressed (a small stream) and its content compressed after 20 000
 * unpainted paths (a large one: 360 KB inflated), the compressed content damaged by `damage`, the map by `damageMap`.
 */
const flatePdf = (damage?: (bytes: Buffer) => Buffer, damageMap = damage) => buildPdf([
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
  flateStream('BT /F1 12 Tf 72 700 Td (ACA) Tj ET BT /F1 12 Tf 72 600 Td (A) Tj ET ' + '10 10 m 20 10 l n\n'.repeat(20_000), damage),
  '<< /Type /Font /Subtype /Type3 /FontBBox [0 0 500 700] /FontMatrix [0.002 0 0 0.002 0 0] /CharProcs << /Alpha 6 0 R /Beta 6 0 R >> ' +
    '/Encoding << /Type /Encoding /Differences [65 /Alpha 67 /Beta] >> /FirstChar 65 /LastChar 67 /Widths [500 0 500] /ToUnicode 7 0 R /Resources << >> >>',
  stream('500 0 0 0 500 700 d1 0 0 500 700 re f'),
  flateStream(jiaMap, damageMap),
]);

test('Flate streams, small and large, read as their text: the ToUnicode map maps, the content shows', async () => {
  const content = await readPdf(flatePdf(), { maxPages: 1 });
  assert.deepEqual(content.pages[0]?.runs.map((run) => [run.text, run.y]), [
    ['甲C甲', 100],
    ['甲', 200],
  ]);
});

test('a Flate stream whose checksum is wrong is still read, by pdf.js\'s own decoder, as before', async () => {
  // zlib refuses data whose Adler-32 checksum (the last four bytes) does not match; pdf.js's decoder does not check it.
  const wrongChecksum = (bytes: Buffer) => Buffer.concat([bytes.subarray(0, -1), Buffer.from([(bytes.at(-1) ?? 0) ^ 0xff])]);
  assert.throws(() => inflateSync(wrongChecksum(deflateSync(Buffer.from(jiaMap)))), /incorrect data check/);
  const content = await readPdf(flatePdf(wrongChecksum), { maxPages: 1 });
  assert.deepEqual(content.pages[0]?.runs.map((run) => [run.text, run.y]), [
    ['甲C甲', 100],
    ['甲', 200],
  ]);
});

test('a truncated Flate stream is left to pdf.js\'s own decoder, which reads what it can of it, as before', async () => {
  const half = (bytes: Buffer) => bytes.subarray(0, Math.ceil(bytes.length / 2));
  // The ToUnicode map cut in half maps nothing: the codes are read by their glyph names, /Alpha and /Beta (Α, Β).
  const content = await readPdf(flatePdf(undefined, half), { maxPages: 1 });
  assert.deepEqual(content.pages[0]?.runs.map((run) => [run.text, run.y]), [
    ['ΑΒΑ', 100],
    ['Α', 200],
  ]);
  // The content cut in half: pdf.js's decoder gives up on the page, as it does without the stand-in.
  await assert.rejects(readPdf(flatePdf(half), { maxPages: 1 }), /Bad encoding in flate stream/);
});

test('the stand-in inflater: deflate data inflated whole into a fresh array, null where zlib fails or the format is not one it knows', async () => {
  await loadPdfjs();
  const inflater = (globalThis as unknown as { DecompressionStream: { decodeSync(format: string, bytes: Uint8Array): Uint8Array | null } }).DecompressionStream;
  const text = 'BT /F1 12 Tf (A) Tj ET '.repeat(1000);
  const inflated = inflater.decodeSync('deflate', deflateSync(Buffer.from(text)));
  assert.equal(Buffer.from(inflated ?? []).toString(), text);
  assert.equal(inflated?.byteOffset, 0);
  assert.equal(inflated?.buffer.byteLength, text.length);
  assert.equal(inflater.decodeSync('deflate', deflateSync(Buffer.from(text)).subarray(0, 40)), null);
  assert.equal(inflater.decodeSync('brotli', deflateSync(Buffer.from(text))), null);
});

/**
 * Operators of one to three characters, known or not, run together (qQ, BTET: a known operator ends where a longer
 * one would not be known), longer ones, true, false and null, an inline image (its data read from where BI ends),
 * marked content, and text set in every way there is, quotes included.
 */
const operatorsPdf = () => buildPdf([
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
  stream(
    'qQ BTET q 1 0 0 1 10 0 cm BT /F1 12 Tf 72 700 Td (AA) Tj ET Q xyz abcdefgh true false null pop ' +
      'BI /W 2 /H 1 /BPC 8 /CS /G ID ab EI BT /F1 10 Tf 0 Tc 0 Tw 100 Tz 72 600 Td [(A) -200 (A)] TJ T* (A) Tj ' +
      '1 0 0 1 72 500 Tm 14 TL (A) \' 2 1 (A) " ET /Span <</ActualText (x)>> BDC EMC 0.5 w 10 20 m 110 20 l S 1 0 0 RG 0 g 50 60 100 1 re f',
  ),
  type3('0 0 500 700', 500),
  stream('500 0 0 0 500 700 d1 0 0 500 700 re f'),
]);

test('operators of every length are read as pdf.js reads them: text, spacing, inline image, paths', async () => {
  const page = (await readPdf(operatorsPdf(), { maxPages: 1 })).pages[0];
  // The values pdf.js gives without the command-tokens patch.
  assert.deepEqual(page?.runs.map((run) => [run.text, run.x, run.y, run.width, run.size]), [
    ['AA', 82, 100, 24, 12],
    ['A A', 72, 200, 22, 10],
    ['A', 72, 200, 10, 10],
    ['A', 72, 314, 10, 10],
    ['A', 72, 328, 10, 10],
  ]);
  assert.deepEqual(page?.rules, [
    { x0: 10, y0: 780, x1: 110, y1: 780 },
    { x0: 50, y0: 739.5, x1: 150, y1: 739.5 },
  ]);
});

/**
 * Text, and ruling lines drawn four ways: a stroked line on the page, a form XObject (moved 200 pt right by its
 * /Matrix) that strokes a vertical line, painted twice under different transforms, a path ended without painting (n),
 * and a thin filled rectangle.
 */
const ruledWithForm = () => {
  const form = '0 0 m 0 50 l S';
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /Fm 6 0 R >> >> >>',
    stream('BT /F1 12 Tf 72 700 Td (AA) Tj ET 10 20 m 110 20 l S q 1 0 0 1 0 100 cm /Fm Do Q /Fm Do 50 60 m 150 60 l n 300 300 200 1 re f'),
    type3('0 0 500 700', 500),
    `<< /Type /XObject /Subtype /Form /BBox [0 0 600 800] /Matrix [1 0 0 1 200 0] /Length ${form.length} >>\nstream\n${form}\nendstream`,
    stream('500 0 0 0 500 700 d1 0 0 500 700 re f'),
  ]);
};

test('ruling lines come with the text in drawing order, forms included (each time painted), unpainted paths left out', async () => {
  const content = await readPdf(ruledWithForm(), { maxPages: 1 });
  assert.deepEqual(content.pages[0]?.runs.map((run) => run.text), ['AA']);
  // Page y runs downwards from the top: PDF y 20 is 780.
  assert.deepEqual(content.pages[0]?.rules, [
    { x0: 10, y0: 780, x1: 110, y1: 780 },
    { x0: 200, y0: 650, x1: 200, y1: 700 },
    { x0: 200, y0: 750, x1: 200, y1: 800 },
    { x0: 300, y0: 499.5, x1: 500, y1: 499.5 },
  ]);
});

/** A Type 3 font whose one glyph, A, is drawn by object 6, described by the font descriptor in object 7. */
const describedType3 = (scale: string, width: number) =>
  `<< /Type /Font /Subtype /Type3 /FontBBox [0 0 500 700] /FontMatrix [${scale} 0 0 ${scale} 0 0] /CharProcs << /A 6 0 R >> ` +
  `/Encoding << /Type /Encoding /Differences [65 /A] >> /FirstChar 65 /LastChar 65 /Widths [${width}] /FontDescriptor 7 0 R /Resources << >> >>`;

/**
 * "AA" at 12 pt in three Type 3 fonts with one font descriptor: F2 has F1's encoding and widths but half its
 * FontMatrix, F3 the same FontMatrix as F2 and other widths.
 */
const sharedDescriptorPdf = () => buildPdf([
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 8 0 R /F3 9 0 R >> >> >>',
  stream('BT /F1 12 Tf 72 700 Td (AA) Tj ET BT /F2 12 Tf 72 600 Td (AA) Tj ET BT /F3 12 Tf 72 500 Td (AA) Tj ET'),
  describedType3('0.002', 500),
  stream('500 0 0 0 500 700 d1 0 0 500 700 re f'),
  '<< /Type /FontDescriptor /FontName /Shared /Flags 4 /FontBBox [0 0 500 700] /ItalicAngle 0 /Ascent 700 /Descent 0 /CapHeight 700 /StemV 80 >>',
  describedType3('0.001', 500),
  describedType3('0.001', 400),
]);

test('fonts that share a descriptor are aliased as pdf.js aliases them, though the first font\'s hash is worked out late', async () => {
  const content = await readPdf(sharedDescriptorPdf(), { maxPages: 1 });
  // pdf.js takes a font with the same descriptor, encoding, widths and ToUnicode as one already loaded for that one
  // (its hash leaves out FontMatrix): F2's glyphs are as wide as F1's, 2 × 500 × 0.002 × 12, not 2 × 500 × 0.001 × 12.
  // F3's widths differ, so it is a font of its own: 2 × 400 × 0.001 × 12.
  assert.deepEqual(content.pages[0]?.runs.map((run) => [run.y, run.width]), [
    [100, 24],
    [200, 24],
    [300, 9.6],
  ]);
});

/** A ToUnicode map that reads the code of A (0x41) as `unicode` (four hex digits). */
const toUnicodeMap = (unicode: string) =>
  stream(
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test def 1 begincodespacerange <00> <FF> endcodespacerange ' +
      `1 beginbfchar <41> <${unicode}> endbfchar endcmap CMapName currentdict /CMap defineresource pop end end`,
  );

/** describedType3 (width 500) with a ToUnicode map. */
const describedMappedType3 = (scale: string, toUnicode: number) => describedType3(scale, 500).replace('/Resources', `/ToUnicode ${toUnicode} 0 R /Resources`);

/**
 * "AA" at 12 pt in five Type 3 fonts with one font descriptor, each with a ToUnicode map: F1 reads A as X, F2 as Y;
 * F3 (X) and F4 (Y) have half their FontMatrix; F5 has half the FontMatrix and a map of its own with F1's bytes.
 */
const mappedFontsPdf = () => buildPdf([
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 8 0 R /F3 9 0 R /F4 10 0 R /F5 13 0 R >> >> >>',
  stream(['F1', 'F2', 'F3', 'F4', 'F5'].map((font, i) => `BT /${font} 12 Tf 72 ${700 - 100 * i} Td (AA) Tj ET`).join(' ')),
  describedMappedType3('0.002', 11),
  stream('500 0 0 0 500 700 d1 0 0 500 700 re f'),
  '<< /Type /FontDescriptor /FontName /Shared /Flags 4 /FontBBox [0 0 500 700] /ItalicAngle 0 /Ascent 700 /Descent 0 /CapHeight 700 /StemV 80 >>',
  describedMappedType3('0.002', 12),
  describedMappedType3('0.001', 11),
  describedMappedType3('0.001', 12),
  toUnicodeMap('0058'),
  toUnicodeMap('0059'),
  describedMappedType3('0.001', 14),
  toUnicodeMap('0058'),
]);

test('fonts of one descriptor with ToUnicode maps are aliased as pdf.js aliases them, by the bytes of their maps', async () => {
  const content = await readPdf(mappedFontsPdf(), { maxPages: 1 });
  // F3 and F5 hash as F1 (same encoding, widths and ToUnicode bytes), F4 as F2, though F2 came between: each is
  // read with the first font's FontMatrix, 2 × 500 × 0.002 × 12 wide, not 12.
  assert.deepEqual(content.pages[0]?.runs.map((run) => [run.text, run.y, run.width]), [
    ['XX', 100, 24],
    ['YY', 200, 24],
    ['XX', 300, 24],
    ['YY', 400, 24],
    ['XX', 500, 24],
  ]);
});

/** A Type 3 font whose one glyph, /A (code 65), is drawn by object 9 and is `width` units wide (FontMatrix 0.002). */
const widthType3 = (width: number) =>
  `<< /Type /Font /Subtype /Type3 /FontBBox [0 0 500 700] /FontMatrix [0.002 0 0 0.002 0 0] /CharProcs << /A 9 0 R >> ` +
  `/Encoding << /Type /Encoding /Differences [65 /A] >> /FirstChar 65 /LastChar 65 /Widths [${width}] /Resources << >> >>`;

/**
 * "A" at 12 pt in five fonts named by names of one to four bytes (/F, /G1, /1G, /H12, /F123), 100 units wide a byte
 * of the name (/1G 250, so that it is not taken for /G1), then /H12 and /F written with #-escapes.
 */
const namedFontsPdf = () => buildPdf([
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R /Resources << /Font << /F 5 0 R /G1 6 0 R /H12 7 0 R /F123 8 0 R /1G 10 0 R >> >> >>',
  stream(['/F', '/G1', '/1G', '/H12', '/F123', '/#48#31#32', '/#46'].map((font, i) => `BT ${font} 12 Tf 72 ${700 - 90 * i} Td (A) Tj ET`).join(' ')),
  widthType3(100),
  widthType3(200),
  widthType3(300),
  widthType3(400),
  stream('500 0 0 0 500 700 d1 0 0 500 700 re f'),
  widthType3(250),
]);

test('names of one to four bytes, plain or escaped, name the same things, document after document', async () => {
  // Each run's width tells its font: 100 units × 0.002 × 12 pt = 2.4 pt.
  const widths = async () => (await readPdf(namedFontsPdf(), { maxPages: 1 })).pages[0]?.runs.map((run) => [run.text, Math.round(run.width * 10) / 10]);
  const expected = [['A', 2.4], ['A', 4.8], ['A', 6], ['A', 7.2], ['A', 9.6], ['A', 7.2], ['A', 2.4]];
  assert.deepEqual(await widths(), expected);
  // pdf.js forgets its names between documents; the second document's names are read afresh.
  assert.deepEqual(await widths(), expected);
});
