/**
 * A validator for exactly the subset of JSON Schema that schema.ts emits, so tests (and later the store and the
 * server) can check a report against schema/report.schema.json without a validator dependency. A keyword outside the
 * subset throws rather than being ignored, so the generator cannot drift past what is checked.
 */
import type { JsonSchema } from './schema.js';

export interface SchemaError {
  /** JSON Pointer of the offending value, e.g. `/requests/newRecieved`. */
  path: string;
  message: string;
}

const ANNOTATIONS = new Set(['$schema', '$defs', 'title', 'description']);
const KEYWORDS = new Set([
  '$ref',
  'type',
  'const',
  'enum',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'pattern',
  'minimum',
  'anyOf',
  'allOf',
  'if',
  'then',
]);

/** Every way `value` fails `schema`; empty when it conforms. `$ref`s resolve against `root` (`#/$defs/…`). */
export function validateSchema(value: unknown, schema: JsonSchema, root: JsonSchema = schema): SchemaError[] {
  const errors: SchemaError[] = [];
  check(value, schema, root, '', errors);
  return errors;
}

function check(value: unknown, schema: JsonSchema, root: JsonSchema, path: string, errors: SchemaError[]): void {
  for (const keyword of Object.keys(schema)) {
    if (!KEYWORDS.has(keyword) && !ANNOTATIONS.has(keyword)) throw new Error(`unsupported schema keyword: ${keyword}`);
  }
  if (schema.$ref !== undefined) check(value, resolve(schema.$ref, root), root, path, errors);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((type) => hasType(value, type))) {
      errors.push({ path, message: `应为 ${types.join('|')}，实为 ${describe(value)}` });
      return;
    }
  }
  if (schema.const !== undefined && value !== schema.const) {
    errors.push({ path, message: `应为 ${JSON.stringify(schema.const)}` });
  }
  if (schema.enum !== undefined && !schema.enum.some((option) => option === value)) {
    errors.push({ path, message: `应为 ${schema.enum.map((option) => JSON.stringify(option)).join('、')} 之一` });
  }
  if (typeof value === 'string' && schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
    errors.push({ path, message: `不符合格式 ${schema.pattern}` });
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) {
    errors.push({ path, message: `应不小于 ${schema.minimum}` });
  }
  if (isObject(value)) checkObject(value, schema, root, path, errors);
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => check(item, schema.items!, root, `${path}/${i}`, errors));
  }
  if (schema.anyOf && !schema.anyOf.some((option) => validateSchema(value, option, root).length === 0)) {
    errors.push({ path, message: '不符合任何一种允许的形式' });
  }
  for (const part of schema.allOf ?? []) check(value, part, root, path, errors);
  if (schema.if && schema.then && validateSchema(value, schema.if, root).length === 0) {
    check(value, schema.then, root, path, errors);
  }
}

function checkObject(
  value: Record<string, unknown>,
  schema: JsonSchema,
  root: JsonSchema,
  path: string,
  errors: SchemaError[],
): void {
  for (const key of schema.required ?? []) {
    if (!(key in value)) errors.push({ path: `${path}/${escape(key)}`, message: '缺少必需的字段' });
  }
  for (const [key, child] of Object.entries(value)) {
    const childPath = `${path}/${escape(key)}`;
    if (schema.propertyNames) {
      for (const error of validateSchema(key, schema.propertyNames, root)) {
        errors.push({ path: childPath, message: `字段名${error.message}` });
      }
    }
    const declared = schema.properties?.[key];
    if (declared) check(child, declared, root, childPath, errors);
    else if (schema.additionalProperties === false) errors.push({ path: childPath, message: '不允许的字段' });
    else if (typeof schema.additionalProperties === 'object') {
      check(child, schema.additionalProperties, root, childPath, errors);
    }
  }
}

function resolve(ref: string, root: JsonSchema): JsonSchema {
  const match = /^#\/\$defs\/([^/]+)$/.exec(ref);
  const target = match ? root.$defs?.[match[1]!] : undefined;
  if (!target) throw new Error(`unresolvable $ref: ${ref}`);
  return target;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return typeof value === type;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** JSON Pointer escaping (RFC 6901). */
function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
