/** Reading and writing canonical values by dotted key, and building empty reports from a format definition. */
import { cellDefs, formatFor, SECTIONS_KEYS } from '../format/index.js';
import type { FormatVersion } from '../format/types.js';
import type { CanonicalReport, CellValue, Provenance, Sections, ValueTree } from './report.js';

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
  return reportOfValues(version, shapeOf(version).keys.map((key) => valueOf(key)));
}

/**
 * Every section absent, in SECTIONS_KEYS order: made once and copied for each report, since a copy of one fixed object
 * costs far less than Object.fromEntries, which every extraction used to call.
 */
let emptySections: Sections | undefined;

function noSections(): Sections {
  return (emptySections ??= Object.fromEntries(SECTIONS_KEYS.map((k) => [k, null])) as Sections);
}

/** A report of the given format with no metadata, its cells' values given in template order. */
function reportOfValues(version: FormatVersion, values: CellValue[]): CanonicalReport {
  const { active, requests, appeals } = shapeOf(version).build(values);
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
    sections: { ...noSections() },
    active,
    requests,
    appeals,
    provenance: {},
    labels: [],
    anomalies: [],
    deviations: [],
  };
}

/**
 * A report of the given format with the values of the cells read, given by canonical key in lists (a later value for
 * a key wins; keys the format lacks are ignored), every other cell null, and no metadata. The same report as
 * reportWithValues over a map of those cells, without the map: extraction builds one per report, and each cell then
 * costs one lookup of its key's place instead of a map entry written and read back.
 */
export function reportWithCells(
  version: FormatVersion,
  cellLists: ReadonlyArray<ReadonlyArray<{ key: string; value: CellValue; slot?: number }>>,
): CanonicalReport {
  const { cellIndex, keys } = shapeOf(version);
  const values: CellValue[] = new Array<CellValue>(keys.length).fill(null);
  for (const cells of cellLists) {
    for (const cell of cells) {
      // A cell that knows its slot (see cellSlot) is placed without hashing its key: extraction's two hundred cells
      // each carry the slot their table's spec looked up once per format.
      const index = cell.slot ?? cellIndex.get(cell.key);
      if (index !== undefined && index >= 0) values[index] = cell.value;
    }
  }
  return reportOfValues(version, values);
}

/**
 * A cell key's place in the format's template order, the slot reportWithCells fills for it; -1 when the format has no
 * such cell. Asked once per format by the table readers, so that each report's cells need no lookup of their keys.
 */
export function cellSlot(version: FormatVersion, key: string): number {
  return shapeOf(version).cellIndex.get(key) ?? -1;
}

/** One node of a format's value trees: a leaf holds the index of its cell in template order. */
type ShapeNode = { name: string; cell: number } | { name: string; children: ShapeNode[] };

/** The three value trees of a format, built from its cells' values in template order. */
type TreesBuilder = (values: CellValue[]) => Pick<CanonicalReport, TableName>;

/** A format's tree builder, its cell keys in template order and each key's place in that order. */
interface Shape {
  build: TreesBuilder;
  /** The provenance record of a report whose every cell and metadata field in METADATA_ORDER has a source. */
  buildFullProvenance: (sources: Provenance[]) => Record<string, Provenance>;
  keys: string[];
  cellIndex: Map<string, number>;
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
  shape = {
    build: treesBuilder(roots),
    buildFullProvenance: recordBuilder([...keys, ...METADATA_ORDER]),
    keys,
    cellIndex: new Map(keys.map((key, index) => [key, index])),
  };
  shapes.set(version, shape);
  // The first trees hold only nulls, so every field starts in a representation that holds null and numbers alike: a
  // field first given a fraction would otherwise be kept as a boxed decimal in every report's trees from then on, and
  // reading any cell of it would allocate.
  shape.build(new Array<CellValue>(keys.length).fill(null));
  return shape;
}

/**
 * The three trees as one object literal compiled from the shape. Extraction builds them for every report: a literal
 * makes each of their objects whole, in its final shape, where adding fields one by one under names known only at run
 * time looked each field's place up again for every report. The source holds only the format's own keys, each quoted
 * by JSON.stringify, and the values by their index.
 */
function treesBuilder(roots: Record<TableName, ShapeNode[]>): TreesBuilder {
  const tree = (nodes: ShapeNode[]): string =>
    objectSource(nodes.map((node) => [node.name, 'cell' in node ? `v[${node.cell}]` : tree(node.children)]));
  const trees = objectSource((['active', 'requests', 'appeals'] as const).map((table) => [table, tree(roots[table])]));
  return new Function('v', `return ${trees};`) as TreesBuilder;
}

/** Builds an object of the given keys, in their order, from values given in that order. */
function recordBuilder<T>(keys: string[]): (values: T[]) => Record<string, T> {
  return new Function('v', `return ${objectSource(keys.map((key, i) => [key, `v[${i}]`]))};`) as (values: T[]) => Record<string, T>;
}

/** The source of an object literal of these fields, each name quoted by JSON.stringify and its value an expression. */
function objectSource(fields: Array<[string, string]>): string {
  return `{${fields.map(([name, value]) => `${JSON.stringify(name)}:${value}`).join(',')}}`;
}

/** The order extraction finds the metadata in, and so the order of their provenance after the cells'. */
const METADATA_ORDER = ['meta.title', 'meta.agencyInTitle', 'meta.agencyInSignature', 'meta.agency', 'meta.publishedDate', 'meta.year'];

/**
 * A report's provenance record: its cells' sources by slot (template order; a cell without one is left out), then the
 * metadata's in the order given. The same record as setting each key in turn, made as one literal when every cell and
 * every metadata field has a source, as in most reports: two hundred keys set one by one under run-time names cost a
 * transition, then a dictionary insert, each.
 */
export function provenanceRecord(
  version: FormatVersion,
  cells: ReadonlyArray<Provenance | undefined>,
  metadata: Record<string, Provenance>,
): Record<string, Provenance> {
  const shape = shapeOf(version);
  const metadataKeys = Object.keys(metadata);
  let full = metadataKeys.length === METADATA_ORDER.length && metadataKeys.every((key, i) => key === METADATA_ORDER[i]);
  for (let slot = 0; full && slot < shape.keys.length; slot++) full = cells[slot] !== undefined;
  if (full) return shape.buildFullProvenance([...(cells as Provenance[]), ...metadataKeys.map((key) => metadata[key] as Provenance)]);
  const record: Record<string, Provenance> = {};
  shape.keys.forEach((key, slot) => {
    const source = cells[slot];
    if (source) record[key] = source;
  });
  for (const key of metadataKeys) record[key] = metadata[key] as Provenance;
  return record;
}
