import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseXml } from '../docx/xml.js';
import { expandDeltas, readPageContent, subpaths } from './page.js';

/** Millimetres to points, rounded for comparison: 1 mm = 72 / 25.4 pt. */
const pt = (mm: number) => round((mm * 72) / 25.4);
const round = (n: number) => Math.round(n * 1000) / 1000;

function page(objects: string) {
  const xml = `<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="1">${objects}</ofd:Layer></ofd:Content></ofd:Page>`;
  return readPageContent(parseXml(xml, 'Content.xml', null), 1, { width: 210, height: 297 });
}

test('DeltaX: plain advances, `g n v` runs, and no more advances than gaps', () => {
  assert.deepEqual(expandDeltas('5 g 3 2.5 7', 5), [5, 2.5, 2.5, 2.5, 7]);
  assert.deepEqual(expandDeltas('g 10 4', 3), [4, 4, 4]);
  assert.deepEqual(expandDeltas(undefined, 3), []);
  assert.deepEqual(expandDeltas('4', 0), []);
});

test('AbbreviatedData: polylines, C closes back to the start, a subpath with a curve is dropped', () => {
  assert.deepEqual(subpaths('M 0 0 L 10 0 L 10 5 C'), [[[0, 0], [10, 0], [10, 5], [0, 0]]]);
  assert.deepEqual(subpaths('S 1 1 L 2 1 M 0 0 B 1 1 2 2 3 3'), [[[1, 1], [2, 1]]]);
});

test('text: each character where Boundary + X/Y + DeltaX put it, so a wide advance keeps a column gap', () => {
  const { runs, width, height } = page(
    '<ofd:TextObject ID="2" Boundary="10 20 100 10" Font="1" Size="5"><ofd:TextCode X="0" Y="4" DeltaX="g 3 5 30">本年新收3</ofd:TextCode></ofd:TextObject>',
  );
  assert.deepEqual([round(width), round(height)], [pt(210), pt(297)]);
  assert.deepEqual(
    runs.map((r) => [r.text, round(r.x), round(r.y), round(r.width), round(r.size)]),
    [
      ['本', pt(10), pt(24), pt(5), pt(5)],
      ['年', pt(15), pt(24), pt(5), pt(5)],
      ['新', pt(20), pt(24), pt(5), pt(5)],
      // The advance after 收 is 30 mm: its own width stays 5 mm, and 3 (half width, ASCII) stands 30 mm on.
      ['收', pt(25), pt(24), pt(5), pt(5)],
      ['3', pt(55), pt(24), pt(2.5), pt(5)],
    ],
  );
});

test('text: a CTM scales object space (a glyph-per-object converter printing in points); rotated text is left out', () => {
  const { runs } = page(
    '<ofd:PageBlock ID="2"><ofd:TextObject ID="3" Boundary="0 0 210 297" CTM="0.5 0 0 0.5 0 0" Size="10"><ofd:TextCode X="40" Y="100">A</ofd:TextCode></ofd:TextObject></ofd:PageBlock>' +
      '<ofd:TextObject ID="4" Boundary="50 50 10 10" CTM="0 1 -1 0 0 0" Size="4"><ofd:TextCode X="0" Y="3">印</ofd:TextCode></ofd:TextObject>',
  );
  assert.deepEqual(
    runs.map((r) => [r.text, round(r.x), round(r.y), round(r.size)]),
    [['A', pt(20), pt(50), pt(5)]],
  );
});

test('paths: stroked straight segments and thin filled bars are ruling lines; curves and thick fills are not', () => {
  const { rules } = page(
    '<ofd:PathObject ID="2" Boundary="10 50 100 0" LineWidth="0.25"><ofd:AbbreviatedData>M 0 0 L 100 0</ofd:AbbreviatedData></ofd:PathObject>' +
      '<ofd:PathObject ID="3" Boundary="10 60 0.2 40" Stroke="false" Fill="true"><ofd:AbbreviatedData>M 0 0 L 0.2 0 L 0.2 40 L 0 40 C</ofd:AbbreviatedData></ofd:PathObject>' +
      '<ofd:PathObject ID="4" Boundary="10 60 30 30" Stroke="false" Fill="true"><ofd:AbbreviatedData>M 0 0 L 30 0 L 30 30 L 0 30 C</ofd:AbbreviatedData></ofd:PathObject>' +
      '<ofd:PathObject ID="5" Boundary="0 0 50 50"><ofd:AbbreviatedData>M 0 0 B 10 10 20 20 30 0</ofd:AbbreviatedData></ofd:PathObject>',
  );
  assert.deepEqual(
    rules.map((r) => [round(r.x0), round(r.y0), round(r.x1), round(r.y1)]),
    [
      [pt(10), pt(50), pt(110), pt(50)],
      [pt(10.1), pt(60), pt(10.1), pt(100)],
    ],
  );
});
