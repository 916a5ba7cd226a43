/**
 * JSON Schema (draft 2020-12) of the canonical report, generated from the format data so the value paths of both
 * formats are exact. `npm run gen:schema` writes it to schema/report.schema.json; a test fails when that file is stale.
 */
import { cellDefs, FORMATS, SECTIONS_KEYS, type CellDef, type FormatVersion } from '../format/index.js';
import type { SourceFormat } from '../ingest/document.js';
import type { AdminLevel, Anomaly } from '../model/report.js';

/** The subset of JSON Schema this module emits and `validateSchema` understands. */
export interface JsonSchema {
  $schema?: string;
  $defs?: Record<string, JsonSchema>;
  $ref?: string;
  title?: string;
  description?: string;
  type?: JsonType | JsonType[];
  const?: string | number | boolean | null;
  enum?: Array<string | number | boolean | null>;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  pattern?: string;
  minimum?: number;
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema;
}

export type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

// Runtime lists of string-union types; `exhaustive` makes the compiler fail when a union gains a member.
const SOURCE_FORMATS = exhaustive<SourceFormat>()(['text', 'html', 'docx', 'pdf', 'ofd', 'legacy']);
const ADMIN_LEVELS = exhaustive<AdminLevel>()([
  'township',
  'subdistrict',
  'county-government',
  'county-department',
  'city-government',
  'city-department',
  'province-government',
  'province-department',
  'central-department',
]);
const ANOMALY_CODES = exhaustive<Anomaly['code']>()([
  'collapsed-row',
  'extra-cells',
  'missing-cells',
  'missing-row',
  'missing-table',
  'ambiguous-split',
  'unparsable-cell',
  'extra-column',
  'extra-row',
  'lookalike-zero',
]);

function exhaustive<T extends string>() {
  return <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : never)): L => list;
}

const TABLES = ['active', 'requests', 'appeals'] as const;
const VERSIONS: FormatVersion[] = ['2021', '2019'];

const ref = (name: string): JsonSchema => ({ $ref: `#/$defs/${name}` });
const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] });
const closed = (properties: Record<string, JsonSchema>, required: string[], description?: string): JsonSchema => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  required,
  additionalProperties: false,
});

const positive: JsonSchema = { type: 'integer', minimum: 1 };
const LOCATION_PROPERTIES: Record<string, JsonSchema> = {
  line: { ...positive, description: '起始行（1 起）' },
  column: { ...positive, description: '起始列（1 起，UTF-16 码元）' },
  endLine: { ...positive, description: '结束行（含）' },
  endColumn: { ...positive, description: '结束列（含）' },
  page: { ...positive, description: 'PDF 页码' },
  table: { ...positive, description: '文档中第几个表格（1 起）' },
  row: { ...positive, description: '表格网格中的行（1 起）' },
  cell: { ...positive, description: '表格网格中的列（1 起）' },
  path: { type: 'string', description: '源文件内部的结构路径，如 word/document.xml#tbl2/tr5/tc3' },
};

/** The whole schema object. */
export function buildReportSchema(): JsonSchema {
  const defs: Record<string, JsonSchema> = {
    location: closed(LOCATION_PROPERTIES, [], '在输入文件中的位置 / where in the input'),
    textLine: closed({ text: { type: 'string' }, loc: ref('location') }, ['text', 'loc']),
    valueTree: {
      type: 'object',
      description: '未知格式时的数值树：叶子为数字或 null',
      additionalProperties: { anyOf: [{ type: ['number', 'null'] }, ref('valueTree')] },
    },
    source: closed(
      {
        file: { type: ['string', 'null'], description: '输入文件路径' },
        format: { enum: [...SOURCE_FORMATS], description: '按内容识别的输入类型' },
        encoding: { type: 'string', description: '文本类输入的字符编码' },
        bytes: { type: 'integer', minimum: 0 },
      },
      ['file', 'format'],
    ),
    meta: closed(
      {
        agency: { type: ['string', 'null'], description: '发布机关全称' },
        year: { type: ['integer', 'null'], description: '统计年度' },
        publishedDate: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: '落款日期 YYYY-MM-DD' },
        formatVersion: { enum: ['2021', '2019', null], description: '按表格内容识别的格式版本' },
        title: { type: ['string', 'null'], description: '标题' },
        level: { enum: [...ADMIN_LEVELS, null], description: '机关层级' },
        agencyInTitle: { type: ['string', 'null'], description: '标题中的机关名称' },
        agencyInSignature: { type: ['string', 'null'], description: '落款中的机关名称' },
      },
      ['agency', 'year', 'publishedDate', 'formatVersion', 'title', 'level', 'agencyInTitle', 'agencyInSignature'],
    ),
    sectionText: closed(
      {
        ordinal: { type: 'string', description: '一 … 六' },
        heading: { type: 'string', description: '标题原文' },
        text: { type: 'string' },
        loc: ref('location'),
        position: { type: 'integer', minimum: 0, description: '在文档中出现的次序（0 起）' },
        lines: { type: 'array', items: ref('textLine') },
      },
      ['ordinal', 'heading', 'text', 'loc', 'position', 'lines'],
    ),
    sections: closed(
      Object.fromEntries(SECTIONS_KEYS.map((key) => [key, nullable(ref('sectionText'))])),
      [...SECTIONS_KEYS],
    ),
    provenance: closed(
      {
        ...LOCATION_PROPERTIES,
        raw: { type: 'string', description: '读取数值时的原文' },
        derivation: {
          enum: ['split-digits', 'lookalike-zero'],
          description: '不是直接读自单个单元格时的推导方式：拆分粘连的数字，或把写作 O、〇、零 的单元格读作 0',
        },
      },
      ['raw'],
    ),
    labelRead: closed(
      {
        key: { type: 'string' },
        official: { type: 'string', description: '官方标签' },
        raw: { type: 'string', description: '文档中的原文' },
        loc: ref('location'),
      },
      ['key', 'official', 'raw', 'loc'],
    ),
    anomaly: closed(
      {
        code: { enum: [...ANOMALY_CODES] },
        key: { type: 'string' },
        text: { type: 'string' },
        loc: ref('location'),
        raw: { type: 'string' },
        values: { type: 'array', items: { type: ['number', 'null'] } },
      },
      ['code', 'key', 'text'],
    ),
  };
  for (const version of VERSIONS) {
    const cells = cellDefs(FORMATS[version]);
    for (const table of TABLES) defs[`${table}${version}`] = valueTreeSchema(cells.filter((cell) => cell.table === table));
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'gongkai CanonicalReport',
    description:
      '政府信息公开工作年度报告的规范化数据（gongkai parse 的输出）。数值路径即规范键（format-spec §9），叶子为数字或 null。',
    type: 'object',
    properties: {
      source: ref('source'),
      meta: ref('meta'),
      sections: ref('sections'),
      active: ref('valueTree'),
      requests: ref('valueTree'),
      appeals: ref('valueTree'),
      provenance: {
        type: 'object',
        description: '数值与元数据的来源，键为规范键或 meta 字段',
        propertyNames: { pattern: '^(meta|active|requests|appeals)(\\.[A-Za-z][A-Za-z0-9]*)+$' },
        additionalProperties: ref('provenance'),
      },
      labels: { type: 'array', items: ref('labelRead') },
      anomalies: { type: 'array', items: ref('anomaly') },
      deviations: { type: 'array', items: { type: 'string' } },
      lines: { type: 'array', items: ref('textLine') },
    },
    required: ['source', 'meta', 'sections', 'active', 'requests', 'appeals', 'provenance', 'labels', 'anomalies', 'deviations'],
    additionalProperties: false,
    // The exact value paths follow meta.formatVersion; a null version only needs number-or-null leaves.
    allOf: VERSIONS.map((version) => ({
      if: {
        properties: { meta: { properties: { formatVersion: { const: version } }, required: ['formatVersion'] } },
        required: ['meta'],
      },
      then: { properties: Object.fromEntries(TABLES.map((table) => [table, ref(`${table}${version}`)])) },
    })),
    $defs: defs,
  };
}

/** Nested closed objects along the key paths; every leaf is required and is a number or null. */
function valueTreeSchema(cells: CellDef[]): JsonSchema {
  const root = branch();
  for (const cell of cells) {
    const [, ...path] = cell.key.split('.');
    const leaf = path.pop()!;
    let node = root;
    for (const part of path) {
      if (!node.properties![part]) {
        node.properties![part] = branch();
        node.required!.push(part);
      }
      node = node.properties![part];
    }
    node.properties![leaf] = { type: ['number', 'null'], description: `${cell.rowLabel} / ${cell.columnLabel}` };
    node.required!.push(leaf);
  }
  return root;
}

function branch(): JsonSchema {
  return { type: 'object', properties: {}, required: [], additionalProperties: false };
}

/** The schema file's exact text: two-space JSON and a final newline. */
export function renderReportSchema(): string {
  return JSON.stringify(buildReportSchema(), null, 2) + '\n';
}
