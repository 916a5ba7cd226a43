/**
 * HTML adapter: whole saved pages, CMS fragments and Word-exported HTML, as government sites serve them.
 * decode (charset) → parse5 → clean (chrome, hidden) → find the article → walk into blocks → trim to the report.
 */
import { GongkaiError } from '../../errors.js';
import type { Block, Document } from '../document.js';
import { findArticle, hasOwnTitle, pageTitle, trimToReport } from './article.js';
import { BlockWriter } from './blocks.js';
import { clean } from './clean.js';
import { decodeHtml } from './decode.js';
import { firstElement, Positions } from './dom.js';
import { parsePage } from './parse.js';

/**
 * Above this many tags the page is parsed without source positions: they triple parse time and memory, and only a
 * machine-written page has that many. Above the second limit the tree would not fit in memory; a report exported
 * from Word has some ten thousand tags.
 */
const MAX_TAGS_WITH_POSITIONS = 1_000_000;
const MAX_TAGS = 3_000_000;

/**
 * Reads an HTML page into paragraphs and table grids. Every block and cell carries `loc` with 1-based line and
 * column in the decoded page (columns count UTF-16 units); cells also carry `table`, `row` and `cell` (grid column,
 * 1-based). Throws GongkaiError `corrupt` for bytes that are not a page and `empty` for a page without text.
 */
export async function ingestHtml(bytes: Uint8Array, file: string | null): Promise<Document> {
  const { text, encoding, notes } = decodeHtml(bytes, file);
  // Every tag starts with '<', so a page of fewer characters than the lower limit is not counted.
  const tags = text.length > MAX_TAGS_WITH_POSITIONS ? countTags(text) : 0;
  if (tags > MAX_TAGS) {
    throw new GongkaiError('too-large', `HTML 页面过于庞大（约 ${Math.round(tags / 10_000)} 万个标签），无法处理`, file);
  }
  const withPositions = tags <= MAX_TAGS_WITH_POSITIONS;
  if (!withPositions) {
    notes.push({ code: 'no-positions', message: '页面标签过多，未记录行列位置' });
  }
  const positions = withPositions ? new Positions(text) : null;
  let page = readPage(text, positions, true, file);
  if (page.blocks.length === 0) {
    // Some templates hide the text until a script shows it: read hidden elements before giving up.
    const shown = readPage(text, positions, false, file);
    if (shown.blocks.length > 0) {
      notes.push({ code: 'hidden-content', message: '正文在页面中是隐藏的（由脚本显示），已读取隐藏内容' });
      page = shown;
    }
  }
  if (page.blocks.length === 0) {
    const why = page.images > 0 ? '，正文可能是图片（需要 OCR）' : '（只有导航、脚本或空白）';
    throw new GongkaiError('empty', `HTML 页面中没有可读的文字${why}`, file);
  }
  const result: Document = { source: { file, format: 'html', encoding, bytes: bytes.length }, blocks: page.blocks };
  if (notes.length) result.notes = notes;
  return result;
}

/** Parses and reads one page: its blocks, and how many images its article holds. */
function readPage(
  text: string,
  positions: Positions | null,
  dropHidden: boolean,
  file: string | null,
): { blocks: Block[]; images: number } {
  const document = parsePage(text, positions !== null);
  const body = firstElement(document, 'body');
  if (!body) {
    const frames = firstElement(document, 'frameset') !== null;
    throw new GongkaiError('empty', frames ? 'HTML 页面是框架集，正文在其引用的其他页面中' : 'HTML 页面没有正文', file);
  }
  const article = findArticle(body, clean(body, dropHidden));
  const writer = new BlockWriter(text, positions, article.measures);
  let blocks = writer.writeChildren(article.root);
  if (!article.exact) blocks = trimToReport(blocks);
  if (blocks.length > 0 && !hasOwnTitle(blocks)) {
    const title = pageTitle(document, body, article.root, (t, node, level) => writer.paragraph(t, node, level));
    if (title) blocks.unshift(title);
  }
  renumberTables(blocks);
  return { blocks, images: writer.images };
}

function countTags(text: string): number {
  let n = 0;
  for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) n++;
  return n;
}

/** Tables dropped with the page chrome leave gaps; the kept ones are numbered 1, 2, … in reading order. */
function renumberTables(blocks: Block[]): void {
  let index = 0;
  for (const block of blocks) {
    if (block.kind !== 'table') continue;
    index++;
    if (block.loc.table === index) continue;
    block.loc.table = index;
    for (const row of block.rows) {
      row.loc.table = index;
      for (const cell of row.cells) cell.loc.table = index;
    }
  }
}
