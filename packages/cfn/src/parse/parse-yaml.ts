import {
  Composer,
  type Document,
  isAlias,
  Lexer,
  Parser,
  YAMLParseError,
  isMap,
  isScalar,
  isSeq,
  type DocumentOptions,
  type Node as TYamlNode,
  type ParseOptions,
  type SchemaOptions,
  type Pair,
} from "yaml";
import type { TFinding, TJson, TJsonObject, TPath, TPosition } from "../model.ts";
import { ParseAbort, parseFinding } from "./finding.ts";
import { exceedsFlowDepth, flowDepthMeter, mayExceedFlowDepth } from "./flow-depth.ts";
import { INTRINSIC_TAGS } from "./intrinsic-tags.ts";
import type { TLineIndex } from "./line-index.ts";
import { MAX_NODES } from "./limits.ts";
import type { TPositionNode } from "./position-tree.ts";
import { setOwn } from "./set-own.ts";
import { cloudFormationTags, STANDARD_TAGS } from "./yaml-schema.ts";

interface TWalk {
  doc: Document.Parsed;
  lines: TLineIndex;
  maxDepth: number;
  maxAliasCount: number;
  aliases: number;
  nodes: number;
  /** Unknown tags are collected rather than fatal so one parse reports all of them. */
  problems: TFinding[];
}

/**
 * Parses YAML text into long-form data plus positions. The `yaml` library
 * builds the node tree; the conversion to JSON is our own walk because it has
 * to turn short-form tags into long form, bound alias expansion and depth,
 * and know the path of every node to report problems where they are.
 */
export function parseYamlWithPositions(
  source: string,
  lines: TLineIndex,
  limits: { maxDepth: number; maxAliasCount: number },
): { value: TJson; positions: TPositionNode; problems: TFinding[] } {
  const doc = parseDocumentOnce(source, limits.maxDepth);
  const syntax = doc.errors.map((error) =>
    /call stack/i.test(error.message)
      ? parseFinding("SV-PARSE-DEPTH", `Template nesting is too deep to parse (limit ${limits.maxDepth})`, [])
      : parseFinding(
          "SV-PARSE-YAML",
          `YAML syntax error: ${error.message}`,
          [],
          lines.positionAt(error.pos[0]),
        ),
  );
  if (syntax.length > 0) throw new ParseAbort(syntax[0] as TFinding);
  const walk: TWalk = { doc, lines, ...limits, aliases: 0, nodes: 0, problems: [] };
  const root = convert(doc.contents, [], 0, walk);
  return { value: root.value, positions: root.node, problems: walk.problems };
}

const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: "1.1",
  customTags: cloudFormationTags,
  merge: false,
  uniqueKeys: false,
  stringKeys: true,
  prettyErrors: false,
  keepSourceTokens: false,
};

function tooDeep(maxDepth: number): ParseAbort {
  return new ParseAbort(
    parseFinding("SV-PARSE-DEPTH", `Template nesting exceeds the limit of ${maxDepth} levels`, []),
  );
}

/**
 * The library's `parseDocument`, but lexing once: the flow depth is measured
 * on the tokens on their way to the parser, so text nested too deep is
 * refused before the composer (which recurses per level) reaches it, without
 * a second pass of the lexer over the whole text.
 */
function parseDocumentOnce(source: string, maxDepth: number): Document.Parsed {
  const measure = mayExceedFlowDepth(source, maxDepth) ? flowDepthMeter(maxDepth) : undefined;
  const parser = new Parser();
  function* tokens() {
    for (const lexeme of new Lexer().lex(source)) {
      if (measure?.(lexeme)) throw tooDeep(maxDepth);
      yield* parser.next(lexeme);
    }
    yield* parser.end();
  }
  let doc: Document.Parsed | undefined;
  let stoppedEarly = false;
  for (const next of new Composer(YAML_OPTIONS).compose(tokens(), true, source.length)) {
    if (!doc) {
      doc = next;
      continue;
    }
    doc.errors.push(
      new YAMLParseError(
        next.range.slice(0, 2) as [number, number],
        "MULTIPLE_DOCS",
        "Source contains multiple documents; please use YAML.parseAllDocuments()",
      ),
    );
    stoppedEarly = true;
    break;
  }
  // The text after a second document was not lexed: measure it as a whole, as refusing deep text comes first.
  if (stoppedEarly && measure && exceedsFlowDepth(source, maxDepth)) throw tooDeep(maxDepth);
  return doc as Document.Parsed;
}

function positionOf(node: TYamlNode | null | undefined, walk: TWalk): TPosition {
  return walk.lines.positionAt(node?.range?.[0] ?? 0);
}

function convert(
  input: unknown,
  path: TPath,
  depth: number,
  walk: TWalk,
): { value: TJson; node: TPositionNode } {
  let node = input as TYamlNode | null;
  /** A node reached through an alias is reported where the alias is, not where its anchor is. */
  const source = node;
  if (isAlias(node)) {
    walk.aliases++;
    if (walk.maxAliasCount >= 0 && walk.aliases > walk.maxAliasCount) {
      throw new ParseAbort(
        parseFinding(
          "SV-PARSE-ALIAS",
          `YAML aliases expand more than ${walk.maxAliasCount} times; CloudFormation does not support aliases and large expansions are refused`,
          path,
          positionOf(node, walk),
        ),
      );
    }
    const target = node.resolve(walk.doc);
    if (!target) {
      throw new ParseAbort(
        parseFinding("SV-PARSE-YAML", `Unknown alias *${node.source}`, path, positionOf(node, walk)),
      );
    }
    node = target;
  }
  if (++walk.nodes > MAX_NODES) {
    throw new ParseAbort(
      parseFinding(
        "SV-PARSE-SIZE",
        `Template expands to more than ${MAX_NODES} nodes`,
        path,
        positionOf(node, walk),
      ),
    );
  }
  const position = positionOf(source, walk);
  const tag = node?.tag;
  const intrinsic = tag?.startsWith("!") ? INTRINSIC_TAGS.get(tag.slice(1)) : undefined;
  if (tag && !intrinsic && tag !== "!" && !STANDARD_TAGS.has(tag)) {
    walk.problems.push(
      parseFinding("SV-PARSE-UNKNOWN-TAG", `Unknown or unsupported tag ${tag}`, path, position),
    );
  }
  if (intrinsic) return convertIntrinsic(node as TYamlNode, intrinsic, path, depth, walk);
  if (isMap(node) || isSeq(node)) checkDepth(depth + 1, path, position, walk);
  if (isMap(node)) return convertMap(node.items, path, depth + 1, position, walk);
  if (isSeq(node)) return convertSeq(node.items, path, depth + 1, position, walk);
  if (isScalar(node)) return { value: scalarValue(node.value, node.source), node: { position } };
  return { value: null, node: { position } };
}

function checkDepth(depth: number, path: TPath, position: TPosition, walk: TWalk): void {
  if (depth > walk.maxDepth) {
    throw new ParseAbort(
      parseFinding(
        "SV-PARSE-DEPTH",
        `Template nesting exceeds the limit of ${walk.maxDepth} levels`,
        path,
        position,
      ),
    );
  }
}

/**
 * JSON has no NaN or infinity, so `.inf` and `.nan` stay the text they were;
 * `-0` becomes `0` as JSON readers would see it.
 */
function scalarValue(value: unknown, source: string | undefined): TJson {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return source ?? String(value);
    return Object.is(value, -0) ? 0 : value;
  }
  if (typeof value === "string" || typeof value === "boolean" || value === null) return value;
  return source ?? String(value);
}

function convertMap(
  items: Pair[],
  path: TPath,
  depth: number,
  position: TPosition,
  walk: TWalk,
): { value: TJsonObject; node: TPositionNode } {
  const value: TJsonObject = {};
  const children = new Map<string | number, TPositionNode>();
  for (const pair of items) {
    const keyNode = (isAlias(pair.key) ? pair.key.resolve(walk.doc) : pair.key) as TYamlNode | null;
    const keyPosition = keyNode ? positionOf(keyNode, walk) : position;
    const taggedKey =
      isScalar(keyNode) &&
      keyNode.tag !== undefined &&
      keyNode.tag !== "!" &&
      !STANDARD_TAGS.has(keyNode.tag);
    if (!isScalar(keyNode) || taggedKey) {
      throw new ParseAbort(
        parseFinding("SV-PARSE-KEY", "Mapping keys must be plain strings", path, keyPosition),
      );
    }
    const key = String(keyNode.value ?? "");
    if (Object.prototype.hasOwnProperty.call(value, key)) {
      throw new ParseAbort(
        parseFinding("SV-PARSE-DUPLICATE-KEY", `Duplicate key '${key}'`, [...path, key], keyPosition),
      );
    }
    const child = convert(pair.value, [...path, key], depth, walk);
    setOwn(value, key, child.value);
    children.set(key, { ...child.node, position: keyPosition });
  }
  return { value, node: { position, children } };
}

function convertSeq(
  items: unknown[],
  path: TPath,
  depth: number,
  position: TPosition,
  walk: TWalk,
): { value: TJson[]; node: TPositionNode } {
  const value: TJson[] = [];
  const children = new Map<string | number, TPositionNode>();
  items.forEach((item, index) => {
    const child = convert(item, [...path, index], depth, walk);
    value.push(child.value);
    children.set(index, child.node);
  });
  return { value, node: { position, children } };
}

/**
 * `!GetAtt A.B` splits at the first dot (attribute names such as
 * `Endpoint.Address` contain dots, logical ids never do); every other scalar
 * argument stays the text it was, which is how CloudFormation reads it.
 */
function convertIntrinsic(
  node: TYamlNode,
  key: string,
  path: TPath,
  depth: number,
  walk: TWalk,
): { value: TJsonObject; node: TPositionNode } {
  const position = positionOf(node, walk);
  checkDepth(depth + 1, path, position, walk);
  const innerPath = [...path, key];
  let argument: { value: TJson; node: TPositionNode };
  if (isMap(node)) {
    checkDepth(depth + 2, innerPath, position, walk);
    argument = convertMap(node.items, innerPath, depth + 2, position, walk);
  } else if (isSeq(node)) {
    checkDepth(depth + 2, innerPath, position, walk);
    argument = convertSeq(node.items, innerPath, depth + 2, position, walk);
  } else {
    const text = isScalar(node) ? String(node.value ?? "") : "";
    const dot = text.indexOf(".");
    if (key === "Fn::GetAtt" && dot >= 0) {
      checkDepth(depth + 2, innerPath, position, walk);
      argument = {
        value: [text.slice(0, dot), text.slice(dot + 1)],
        node: {
          position,
          children: new Map([
            [0, { position }],
            [1, { position }],
          ]),
        },
      };
    } else {
      argument = { value: text, node: { position } };
    }
  }
  const value: TJsonObject = {};
  setOwn(value, key, argument.value);
  return { value, node: { position, children: new Map([[key, argument.node]]) } };
}
