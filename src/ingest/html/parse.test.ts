import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, type DefaultTreeAdapterTypes, type Token } from 'parse5';
import { parsePage } from './parse.js';

type Node = DefaultTreeAdapterTypes.Node;

/** Every node in document order with its name and the location fields the adapter reads. */
function flatten(root: Node): string[] {
  const out: string[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop() as Node;
    const loc: Token.ElementLocation | null | undefined = 'sourceCodeLocation' in node ? node.sourceCodeLocation : undefined;
    const where = loc ? `${loc.startLine}:${loc.startCol}@${loc.startOffset}-${loc.endLine}:${loc.endCol}@${loc.endOffset}` : '-';
    const name = 'tagName' in node ? node.tagName : node.nodeName;
    const value = 'value' in node ? JSON.stringify(node.value) : '';
    out.push(`${name}${value} ${where} endTag=${loc?.endTag?.startOffset ?? '-'}`);
    const kids = 'childNodes' in node ? node.childNodes : [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return out;
}

// Unclosed p and td, misnested formatting (adoption agency), text foster-parented out of a table, attributes with
// and without values, CRLF line ends, an entity and a comment: the tree and every offset must be parse5's own.
const PAGE = [
  '<!DOCTYPE html><html><head><meta charset="utf-8"><title>白石镇 年报</title></head>',
  '<body class="x" id=main><div class="TRS_Editor" data-a="1"><p>一、总体情况<p>第二段 <b>粗<i>斜</b>体</i>',
  '<table border=1><tr><td colspan="2">项目<td rowspan=2 hidden>数量</tr>漂浮文字<tr><td>1&nbsp;件</table>',
  '<!-- 注释 --><br>末尾\r\n落款</div>',
].join('\r\n');

test('parsePage builds the tree parse5 builds, with the same offsets, lines, columns and end tags', () => {
  assert.deepEqual(flatten(parsePage(PAGE, true)), flatten(parse(PAGE, { sourceCodeLocationInfo: true })));
});

test('without locations parsePage is parse5 without locations', () => {
  const lean = flatten(parsePage(PAGE, false));
  assert.deepEqual(lean, flatten(parse(PAGE)));
  assert.ok(lean.every((line) => line.includes(' - ')));
});

test('attributes are parse5’s own, without their locations: names, values, order, duplicates dropped', () => {
  const page = `${PAGE}<p id="a" ID=b class='c d' data-x=1&amp;2 hidden data-x="again" title=t>段</p>`;
  const attrs = (root: Node): string[] => {
    const out: string[] = [];
    const stack: Node[] = [root];
    while (stack.length) {
      const node = stack.pop() as Node;
      if ('attrs' in node) out.push(`${node.tagName} ${JSON.stringify(node.attrs)}`);
      if ('childNodes' in node) stack.push(...node.childNodes);
    }
    return out;
  };
  const lean = attrs(parsePage(page, true));
  assert.deepEqual(lean, attrs(parse(page, { sourceCodeLocationInfo: true })));
  assert.ok(lean.includes('p [{"name":"id","value":"a"},{"name":"class","value":"c d"},{"name":"data-x","value":"1&2"},{"name":"hidden","value":""},{"name":"title","value":"t"}]'));
});

test('text nodes that grow over many tokens (a style sheet, spaced words) keep parse5’s offsets', () => {
  const page = [
    '<html><head><style>\r\n@page { size: A4; }\n p { margin: 0 }  </style></head>',
    '<body><p>一 二\t三\n四 &amp; 五</p><script> var a = 1 ; </script><table><tr><td> 1 件 </td></tr></table></body></html>',
  ].join('\n');
  assert.deepEqual(flatten(parsePage(page, true)), flatten(parse(page, { sourceCodeLocationInfo: true })));
});
