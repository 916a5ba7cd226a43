/** Reading and writing canonical values by dotted key, and building empty reports from a format definition. */
import { cellDefs, formatFor, SECTIONS_KEYS } from '../format/index.js';
import type { FormatVersion } from '../format/types.js';
import type { CanonicalReport, CellValue, Sections, ValueTree } from './report.js';

type TableName = 'active' | 'requests' | 'appeals';

/** Value at a full canonical key such as `requests.withheld.stateSecret.total`; undefined when there is no such leaf. */
export function getValue(report: Pick<CanonicalReport, TableName>, key: string): CellValue | undefined {
  const path = pathOf(key);
  let node: CellValue | ValueTree | undefined = report[path[0] as TableName];
  for (let i = 1; i < path.length; i++) {
    if (node === null || typeof node !== 'object') return undefined;
    node = node[path[i] as string];
  }
  if (node === null || typeof node === 'number') return node;
  return undefined;
}

/** Sets the leaf at a full canonical key, creating the objects on the way. */
const pathCache = new Map<string, string[]>();

function pathOf(key: string): string[] {
  let path = pathCache.get(key);
  if (!path) {
    path = key.split('.');
    // Keys are the format's few hundred; a caller passing arbitrary strings must not grow the cache for ever.
    if (pathCache.size >= 10000) pathCache.clear();
    pathCache.set(key, path);
  }
  return path;
}

export function setValue(report: Pick<CanonicalReport, TableName>, key: string, value: CellValue): void {
  const path = pathOf(key);
  const last = path[path.length - 1];
  if (path.length < 2 || last === undefined) throw new Error(`not a canonical cell key: ${key}`);
  let node = report[path[0] as TableName];
  for (let i = 1; i < path.length - 1; i++) {
    const part = path[i] as string;
    const next = node[part];
    if (next === undefined || next === null || typeof next !== 'object') node[part] = {};
    node = node[part] as ValueTree;
  }
  node[last] = value;
}

/** Every canonical key of the format with the report's value, in template order. */
export function flattenValues(report: CanonicalReport, version: FormatVersion): Array<[string, CellValue]> {
  return cellDefs(formatFor(version)).map((cell) => [cell.key, getValue(report, cell.key) ?? null]);
}

/** A report of the given format with every cell set to `fill` and no metadata: the start for builders and drafts. */
export function blankReport(version: FormatVersion, fill: CellValue = null): CanonicalReport {
  return reportWithValues(version, () => fill);
}

/** A report of the given format with each cell's value from `valueOf(key)` and no metadata. */
export function reportWithValues(version: FormatVersion, valueOf: (key: string) => CellValue): CanonicalReport {
  return emptyReport(version, valueTrees(version, valueOf));
}

/** A report with these value trees and nothing else. */
function emptyReport(version: FormatVersion, { active, requests, appeals }: Pick<CanonicalReport, TableName>): CanonicalReport {
  return {
    source: { file: null, format: 'text' },
    meta: {
      agency: null,
      year: null,
      publishedDate: null,
      formatVersion: version,
      title: null,
      level: null,
      agencyInTitle: null,
      agencyInSignature: null,
    },
    sections: Object.fromEntries(SECTIONS_KEYS.map((k) => [k, null])) as Sections,
    active,
    requests,
    appeals,
    provenance: {},
    labels: [],
    anomalies: [],
    deviations: [],
  };
}

/** One node of a format's value trees: a leaf holds the index of its cell in template order. */
type ShapeNode = { name: string; cell: number } | { name: string; children: ShapeNode[] };

/**
 * One object of a format's value trees, ready to build: its keys in template order, all null, to copy; the objects
 * nested in it; and its cells by index in template order.
 */
interface TreeLevel {
  template: ValueTree;
  groups: Array<{ name: string; level: TreeLevel }>;
  leaves: Array<{ name: string; cell: number }>;
}

interface Shape {
  levels: Record<TableName, TreeLevel>;
  keys: string[];
  /** Each cell key's index in `keys`. */
  indexOf: Map<string, number>;
}

const shapes = new Map<FormatVersion, Shape>();

/** The nesting of a format's three value trees, worked out once from its cell keys. */
function shapeOf(version: FormatVersion): Shape {
  let shape = shapes.get(version);
  if (shape) return shape;
  const roots: Record<TableName, ShapeNode[]> = { active: [], requests: [], appeals: [] };
  const keys = cellDefs(formatFor(version)).map((cell) => cell.key);
  keys.forEach((key, cell) => {
    const [table, ...path] = pathOf(key) as [TableName, ...string[]];
    let level = roots[table];
    path.forEach((name, depth) => {
      const last = depth === path.length - 1;
      let node = level.find((n) => n.name === name);
      if (!node) {
        node = last ? { name, cell } : { name, children: [] };
        level.push(node);
      }
      if ('children' in node) level = node.children;
    });
  });
  const levels = { active: levelOf(roots.active), requests: levelOf(roots.requests), appeals: levelOf(roots.appeals) };
  const indexOf = new Map<string, number>();
  keys.forEach((key, cell) => indexOf.set(key, cell));
  shape = { levels, keys, indexOf };
  shapes.set(version, shape);
  return shape;
}

function levelOf(nodes: ShapeNode[]): TreeLevel {
  const template: ValueTree = {};
  // Every key starts as null, so a field never settles on an unboxed decimal representation: a report whose cell
  // holds a fraction would otherwise box it in every report's tree from then on, and reading any cell would allocate.
  for (const node of nodes) template[node.name] = null;
  const groups: TreeLevel['groups'] = [];
  const leaves: TreeLevel['leaves'] = [];
  for (const node of nodes) {
    if ('cell' in node) leaves.push({ name: node.name, cell: node.cell });
    else groups.push({ name: node.name, level: levelOf(node.children) });
  }
  return { template, groups, leaves };
}

/**
 * Copying the template gives each report's object its keys (and hidden class) in one step; adding two hundred keys
 * one by one, for every report, cost more than the rest of building the report.
 */
function buildTree(level: TreeLevel, values: CellValue[]): ValueTree {
  const tree: ValueTree = { ...level.template };
  for (const { name, level: inner } of level.groups) tree[name] = buildTree(inner, values);
  for (const { name, cell } of level.leaves) tree[name] = values[cell] ?? null;
  return tree;
}

function treesOf(shape: Shape, values: CellValue[]): Pick<CanonicalReport, TableName> {
  const { levels } = shape;
  return {
    active: buildTree(levels.active, values),
    requests: buildTree(levels.requests, values),
    appeals: buildTree(levels.appeals, values),
  };
}

/**
 * The three value trees of a format, each cell taken from `valueOf(key)`. Built straight from the format's shape in
 * template order: extraction builds one per report, and setting two hundred cells one path at a time costs more.
 */
function valueTrees(version: FormatVersion, valueOf: (key: string) => CellValue): Pick<CanonicalReport, TableName> {
  const shape = shapeOf(version);
  return treesOf(shape, shape.keys.map(valueOf));
}

/**
 * A report of the given format holding the cells read from its tables (a later cell of the same key wins; a key the
 * format lacks is ignored) and no metadata. Extraction's form of reportWithValues: each cell goes straight to its
 * place in template order, where a map of all the cells would be built and then asked for every key.
 */
export function reportWithCells(
  version: FormatVersion,
  tables: ReadonlyArray<ReadonlyArray<{ key: string; value: CellValue }>>,
): CanonicalReport {
  const shape = shapeOf(version);
  const values = new Array<CellValue>(shape.keys.length).fill(null);
  const { keys, indexOf } = shape;
  // Tables give their cells in template order: comparing with the key expected next is cheaper than hashing it.
  let next = 0;
  for (const cells of tables) {
    for (const { key, value } of cells) {
      const cell = keys[next] === key ? next : indexOf.get(key);
      if (cell === undefined) continue;
      values[cell] = value;
      next = cell + 1;
    }
  }
  return emptyReport(version, treesOf(shape, values));
}
