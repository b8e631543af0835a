/**
 * The AWS resource specification, reduced to what the analysis needs: which
 * resource types exist, their properties (type, required, replacement impact)
 * and their GetAtt attributes.
 *
 * `buildSpec` is pure and works on the raw JSON of `@aws-cdk/aws-service-spec`
 * (so tests can inject a tiny hand-written spec and a browser could fetch the
 * JSON itself). `loadSpec` is the only function here that touches the file
 * system; it reaches Node built-ins through `process.getBuiltinModule` rather
 * than static imports, so bundling the engine for a browser stays possible.
 */

/** The value shape a property accepts. `object` points at a named type definition. */
export type TValueType =
  | { kind: "string"; allowedValues?: readonly string[] }
  | { kind: "number" | "integer" | "boolean" | "json" | "any" }
  | { kind: "array" | "map"; element: TValueType }
  | { kind: "object"; ref: string }
  | { kind: "union"; types: TValueType[] };

export type TReplacement = "yes" | "no" | "maybe";

export interface TPropertySpec {
  required: boolean;
  /** Current type first, then earlier types the service still accepts. */
  types: TValueType[];
  replacement: TReplacement;
}

export interface TResourceSpec {
  type: string;
  /** Holds data (databases, buckets, volumes): replacing it can lose that data. */
  stateful: boolean;
  properties: ReadonlyMap<string, TPropertySpec>;
  attributes: ReadonlySet<string>;
}

export interface TTypeDefinitionSpec {
  name: string;
  properties: ReadonlyMap<string, TPropertySpec>;
}

export interface TSpec {
  /** Number of resource types known. */
  readonly size: number;
  resource(type: string): TResourceSpec | undefined;
  typeDefinition(ref: string): TTypeDefinitionSpec | undefined;
}

interface TRawType {
  type: string;
  allowedValues?: string[];
  element?: TRawType;
  reference?: { $ref: string };
  types?: TRawType[];
}

interface TRawProperty {
  type: TRawType;
  previousTypes?: TRawType[];
  required?: boolean;
  causesReplacement?: TReplacement;
}

interface TRawEntity {
  $id: string;
  name: string;
  cloudFormationType?: string;
  properties: Record<string, TRawProperty>;
  attributes?: Record<string, unknown>;
  isStateful?: boolean;
}

interface TRawDatabase {
  schema: {
    resource: { entities: TRawEntity[] };
    typeDefinition: { entities: TRawEntity[] };
  };
}

/** The spec's legacy built-in `tag` type, given a reference like any other structure. */
const TAG_REF = "#tag";
const TAG_TYPE: TTypeDefinitionSpec = {
  name: "Tag",
  properties: new Map([
    ["Key", { required: true, types: [{ kind: "string" }], replacement: "no" }],
    ["Value", { required: true, types: [{ kind: "string" }], replacement: "no" }],
  ]),
};

/** Maps the spec's type notation to ours; unknown notations become `any` so a new spec never causes false errors. */
function toValueType(raw: TRawType): TValueType {
  switch (raw.type) {
    case "string":
      return raw.allowedValues ? { kind: "string", allowedValues: raw.allowedValues } : { kind: "string" };
    case "number":
    case "integer":
    case "boolean":
    case "json":
      return { kind: raw.type };
    case "date-time":
      return { kind: "string" };
    case "tag":
      return { kind: "object", ref: TAG_REF };
    case "array":
    case "map":
      return { kind: raw.type, element: raw.element ? toValueType(raw.element) : { kind: "any" } };
    case "ref":
      return raw.reference ? { kind: "object", ref: raw.reference.$ref } : { kind: "any" };
    case "union":
      return { kind: "union", types: (raw.types ?? []).map(toValueType) };
    default:
      return { kind: "any" };
  }
}

function toProperties(raw: Record<string, TRawProperty>): Map<string, TPropertySpec> {
  const out = new Map<string, TPropertySpec>();
  for (const [name, p] of Object.entries(raw)) {
    out.set(name, {
      required: p.required === true,
      types: [toValueType(p.type), ...(p.previousTypes ?? []).map(toValueType)],
      replacement: p.causesReplacement ?? "no",
    });
  }
  return out;
}

/**
 * Indexes the raw database by CloudFormation type and type-definition id.
 * Entities are converted on first lookup and memoised: a template touches a
 * few dozen of the ~1,800 types, so eager conversion would waste most of the
 * load time.
 */
export function buildSpec(db: unknown): TSpec {
  const raw = db as TRawDatabase;
  const rawResources = new Map<string, TRawEntity>();
  for (const r of raw.schema.resource.entities) {
    if (r.cloudFormationType) rawResources.set(r.cloudFormationType, r);
  }
  const rawTypes = new Map<string, TRawEntity>();
  for (const t of raw.schema.typeDefinition.entities) rawTypes.set(t.$id, t);
  return specFromEntities(rawResources, rawTypes);
}

/** What `buildSpec` needs of the entities: found by CloudFormation type and by type-definition id. */
interface TEntityLookup {
  readonly size: number;
  get(key: string): TRawEntity | undefined;
}

function specFromEntities(rawResources: TEntityLookup, rawTypes: TEntityLookup): TSpec {
  const resources = new Map<string, TResourceSpec>();
  const types = new Map<string, TTypeDefinitionSpec>();
  return {
    size: rawResources.size,
    resource(type) {
      const cached = resources.get(type);
      if (cached) return cached;
      const r = rawResources.get(type);
      if (!r) return undefined;
      const spec: TResourceSpec = {
        type,
        stateful: r.isStateful === true,
        properties: toProperties(r.properties),
        attributes: new Set(Object.keys(r.attributes ?? {})),
      };
      resources.set(type, spec);
      return spec;
    },
    typeDefinition(ref) {
      if (ref === TAG_REF) return TAG_TYPE;
      const cached = types.get(ref);
      if (cached) return cached;
      const t = rawTypes.get(ref);
      if (!t) return undefined;
      const spec: TTypeDefinitionSpec = { name: t.name, properties: toProperties(t.properties) };
      types.set(ref, spec);
      return spec;
    },
  };
}

/**
 * The prebuilt specification, as bytes: one line of JSON giving each entity's
 * byte offset and length, then the entities' JSON texts back to back. A check
 * reads a few dozen of ~11,700 entities, so only those are decoded and parsed,
 * on first lookup; decoding and parsing the whole file would cost most of a
 * command line run.
 */
interface TPackIndex {
  resources: Record<string, [offset: number, length: number]>;
  types: Record<string, [offset: number, length: number]>;
}

const NEWLINE = 10;

function lazyEntities(
  index: Record<string, [number, number]>,
  texts: Uint8Array,
  decoder: TextDecoder,
): TEntityLookup {
  const parsed = new Map<string, TRawEntity>();
  return {
    size: Object.keys(index).length,
    get(key) {
      if (!Object.hasOwn(index, key)) return undefined;
      let entity = parsed.get(key);
      if (!entity) {
        const [offset, length] = index[key] as [number, number];
        entity = JSON.parse(decoder.decode(texts.subarray(offset, offset + length))) as TRawEntity;
        parsed.set(key, entity);
      }
      return entity;
    },
  };
}

/** The specification of `packSpecDatabase`'s bytes; throws if they are not such a pack. */
export function buildPackedSpec(packed: Uint8Array): TSpec {
  const end = packed.indexOf(NEWLINE);
  if (end < 0) throw new Error("not a packed resource specification: no index line");
  const decoder = new TextDecoder();
  const index = JSON.parse(decoder.decode(packed.subarray(0, end))) as TPackIndex;
  const texts = packed.subarray(end + 1);
  return specFromEntities(
    lazyEntities(index.resources, texts, decoder),
    lazyEntities(index.types, texts, decoder),
  );
}

function trimType(raw: TRawType): TRawType {
  return {
    type: raw.type,
    ...(raw.allowedValues ? { allowedValues: raw.allowedValues } : {}),
    ...(raw.element ? { element: trimType(raw.element) } : {}),
    ...(raw.reference ? { reference: { $ref: raw.reference.$ref } } : {}),
    ...(raw.types ? { types: raw.types.map(trimType) } : {}),
  };
}

function trimProperties(raw: Record<string, TRawProperty>): Record<string, TRawProperty> {
  return Object.fromEntries(
    Object.entries(raw).map(([name, p]) => [
      name,
      {
        type: trimType(p.type),
        ...(p.previousTypes?.length ? { previousTypes: p.previousTypes.map(trimType) } : {}),
        ...(p.required ? { required: true } : {}),
        ...(p.causesReplacement && p.causesReplacement !== "no"
          ? { causesReplacement: p.causesReplacement }
          : {}),
      },
    ]),
  );
}

/**
 * The raw database with only what `buildSpec` reads (no documentation, no
 * relationships, no history), packed as `buildPackedSpec` reads it: a few MB
 * instead of ~30, for the prebuilt command line and the server.
 * `buildPackedSpec` of it answers every lookup as `buildSpec` of the full
 * database does.
 */
export function packSpecDatabase(db: unknown): Uint8Array {
  const raw = db as TRawDatabase;
  const encoder = new TextEncoder();
  const texts: Uint8Array[] = [];
  let offset = 0;
  const add = (entity: object): [number, number] => {
    const bytes = encoder.encode(JSON.stringify(entity));
    texts.push(bytes);
    offset += bytes.length;
    return [offset - bytes.length, bytes.length];
  };
  const index: TPackIndex = { resources: {}, types: {} };
  for (const r of raw.schema.resource.entities) {
    if (!r.cloudFormationType) continue;
    index.resources[r.cloudFormationType] = add({
      $id: r.$id,
      name: r.name,
      properties: trimProperties(r.properties),
      attributes: Object.fromEntries(Object.keys(r.attributes ?? {}).map((a) => [a, 1])),
      ...(r.isStateful ? { isStateful: true } : {}),
    });
  }
  for (const t of raw.schema.typeDefinition.entities) {
    index.types[t.$id] = add({ $id: t.$id, name: t.name, properties: trimProperties(t.properties) });
  }
  const head = encoder.encode(`${JSON.stringify(index)}\n`);
  const packed = new Uint8Array(head.length + offset);
  packed.set(head);
  let at = head.length;
  for (const bytes of texts) {
    packed.set(bytes, at);
    at += bytes.length;
  }
  return packed;
}

/** Beside the prebuilt command line's bundle (dist/), the trimmed database; absent when running from source. */
export const PREBUILT_SPEC_FILE = "aws-spec.packed";

let loaded: TSpec | undefined;

/**
 * Loads the trimmed specification from `file` (a `PREBUILT_SPEC_FILE` written by the package's
 * build) as the one `loadSpec` answers from then on: for a server whose bundle does not sit beside
 * the prebuilt file. A few MB of memory instead of the full database's tens. Node only.
 */
export function preloadSpec(file: string): TSpec {
  const fs = process.getBuiltinModule("node:fs");
  loaded = buildPackedSpec(fs.readFileSync(file));
  return loaded;
}

/**
 * Loads the AWS resource specification once per process: the trimmed copy
 * beside the prebuilt command line when there is one, otherwise the package's
 * full database (about 0.25 s: gunzip plus JSON.parse of ~30 MB). Node only.
 */
export function loadSpec(): TSpec {
  if (loaded) return loaded;
  const moduleApi = process.getBuiltinModule("node:module");
  const fs = process.getBuiltinModule("node:fs");
  const zlib = process.getBuiltinModule("node:zlib");
  const path = process.getBuiltinModule("node:path");
  const url = process.getBuiltinModule("node:url");
  const prebuilt = path.join(path.dirname(url.fileURLToPath(import.meta.url)), PREBUILT_SPEC_FILE);
  if (fs.existsSync(prebuilt)) return preloadSpec(prebuilt);
  const require = moduleApi.createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@aws-cdk/aws-service-spec/package.json"));
  const json = zlib.gunzipSync(fs.readFileSync(path.join(dir, "db.json.gz"))).toString("utf8");
  loaded = buildSpec(JSON.parse(json));
  return loaded;
}
