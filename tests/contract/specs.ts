/**
 * Loads the official OpenAPI descriptions from ../shared/specs (or SPECS_DIR) at test time, so the
 * contract tests check the simulator against Citrix's published schemas without copying them here.
 */
import { Ajv, type AnySchema, type ValidateFunction } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const specsDir = process.env.SPECS_DIR ?? path.resolve(repoRoot, '../shared/specs');

export const seedsDir = process.env.SEEDS_DIR ?? path.resolve(specsDir, '../seeds');

export const specFiles = {
  cvad: 'cvad-sessions-jobs-me-subset-2023.json',
  catalogService: 'catalogservice-subset.json',
} as const;

export const seedFiles = {
  /** "How to get all sessions": GET cvad/manage/Sessions, every field of a session written out. */
  sessions: '003_02b98a43fe0dd5ce.txt',
} as const;

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
type JsonObject = { [key: string]: JsonValue };

/** The JSON body of a seed document's example answer (after its `HTTP/1.1 200 OK` headers). */
export function seedExample(file: string): JsonValue {
  const text = readFileSync(path.join(seedsDir, file), 'utf8');
  const start = text.indexOf('\n{', text.indexOf('HTTP/1.1 200 OK'));
  const end = text.indexOf('<!--NeedCopy-->', start);
  return JSON.parse(text.slice(start, end)) as JsonValue;
}

const isObject = (node: JsonValue | undefined): node is JsonObject =>
  node !== null && typeof node === 'object' && !Array.isArray(node);

/**
 * The 2023 orchestration subset declares no property nullable, yet the API's own example (seed 003)
 * writes some ninety session fields as null, and the current generated models
 * (`cvad-models/*.md`) type them `Nullable*`. Where the seed shows a field as null, the schema
 * takes null too: walks the example beside the schema (through `$ref`, `allOf` and array items)
 * and marks each such property `nullable` where it is declared.
 */
function allowNullsSeenInExample(schemas: JsonObject, rootName: string, example: JsonValue): void {
  const resolve = (schema: JsonValue | undefined): JsonObject[] => {
    if (!isObject(schema)) return [];
    const ref = typeof schema.$ref === 'string' ? schema.$ref.split('/').pop()! : null;
    if (ref) return resolve(schemas[ref]);
    const parts = Array.isArray(schema.allOf) ? schema.allOf.flatMap(resolve) : [];
    return [schema, ...parts];
  };
  const visit = (schema: JsonValue | undefined, value: JsonValue): void => {
    const resolved = resolve(schema);
    if (Array.isArray(value)) {
      const items = resolved.find((part) => part.items !== undefined)?.items;
      value.forEach((item) => visit(items, item));
      return;
    }
    if (!isObject(value)) return;
    for (const [key, item] of Object.entries(value)) {
      const properties = resolved
        .map((part) => part.properties)
        .find((p) => isObject(p) && key in p);
      if (!isObject(properties)) continue;
      if (item === null) properties[key] = { ...(properties[key] as JsonObject), nullable: true };
      else visit(properties[key], item);
    }
  };
  visit(schemas[rootName], example);
}

/**
 * OpenAPI 3.0 `nullable: true` is not JSON Schema. Ajv understands it only next to `type`, and the
 * catalog-service spec puts it next to `allOf`, so rewrite it: `type: [t, 'null']` where there is a
 * type, `anyOf: [schema, {type: 'null'}]` where there is not.
 */
export function openApiToJsonSchema(node: JsonValue): JsonValue {
  if (Array.isArray(node)) return node.map(openApiToJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const converted = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, openApiToJsonSchema(value)]),
  );
  dropGeneratorObjectType(converted);
  if (converted.nullable !== true) return converted;
  delete converted.nullable;
  if (typeof converted.type === 'string') {
    const nullable: { [key: string]: JsonValue } = { ...converted, type: [converted.type, 'null'] };
    if (Array.isArray(converted.enum)) nullable.enum = [...converted.enum, null];
    return nullable;
  }
  return { anyOf: [converted, { type: 'null' }] };
}

/**
 * The 2023 orchestration spec writes every property that refers to another schema as
 * `{allOf: [{$ref}], type: 'object'}`, even when the target is a string enum (`SessionState`,
 * `ColorDepth`…) that the API sends as a string. That sibling `type` is an artifact of the generator, not
 * a constraint: drop it and let the referenced schema decide (objects are still checked by their own
 * schema's `type: object`).
 */
function dropGeneratorObjectType(schema: { [key: string]: JsonValue }): void {
  const { allOf } = schema;
  const wrapsOneRef =
    Array.isArray(allOf) &&
    allOf.length === 1 &&
    typeof allOf[0] === 'object' &&
    allOf[0] !== null &&
    '$ref' in allOf[0];
  if (wrapsOneRef && schema.type === 'object' && schema.properties === undefined)
    delete schema.type;
}

const ajv = new Ajv({ strict: false, allErrors: true });
// ajv-formats ships as CommonJS; under node ESM its default export is the module object.
const addFormats = ((addFormatsPlugin as unknown as { default?: typeof addFormatsPlugin })
  .default ?? addFormatsPlugin) as typeof addFormatsPlugin;
addFormats(ajv);
const loaded = new Set<string>();

export function readSpec(file: string): { components: { schemas: Record<string, JsonValue> } } {
  return JSON.parse(readFileSync(path.join(specsDir, file), 'utf8')) as ReturnType<typeof readSpec>;
}

/** Registers every `components.schemas` entry of a spec once, so `$ref`s between them resolve. */
function register(file: string): void {
  if (loaded.has(file)) return;
  const { schemas } = readSpec(file).components;
  if (file === specFiles.cvad) {
    allowNullsSeenInExample(
      schemas as JsonObject,
      'SessionResponseModelCollection',
      seedExample(seedFiles.sessions),
    );
  }
  ajv.addSchema({ $id: file, components: { schemas: openApiToJsonSchema(schemas) } } as AnySchema);
  loaded.add(file);
}

/** A validator for one named schema of an official spec, e.g. `specSchema('cvad', 'MeResponseModel')`. */
export function specSchema(spec: keyof typeof specFiles, name: string): ValidateFunction {
  const file = specFiles[spec];
  register(file);
  const validate = ajv.getSchema(`${file}#/components/schemas/${name}`);
  if (!validate) throw new Error(`Schema ${name} not found in ${file}`);
  return validate;
}

/** A validator for a schema written in a test, for APIs without an official machine-readable schema. */
export function documentedSchema(schema: AnySchema): ValidateFunction {
  return ajv.compile(schema);
}

/** Asserts that `data` validates, printing Ajv's errors when it does not. */
export function expectValid(validate: ValidateFunction, data: unknown): void {
  const valid = validate(data);
  expect(validate.errors ?? [], JSON.stringify(data).slice(0, 500)).toEqual([]);
  expect(valid).toBe(true);
}

/** Asserts that a schema really rejects something (guards against a schema that accepts anything). */
export function expectInvalid(validate: ValidateFunction, data: unknown): void {
  expect(validate(data)).toBe(false);
}
