import { Document, type Node as TYamlNode, Pair, Scalar, YAMLMap, YAMLSeq } from "yaml";
import type { TJson, TJsonObject } from "../model.ts";
import { cloudFormationTags } from "../parse/yaml-schema.ts";
import { needsQuotes } from "./needs-quotes.ts";
import { orderTemplate } from "./section-order.ts";
import { conditionItemName, shortFormOf } from "./short-form.ts";

/** The document every YAML emitter writes into: YAML 1.1 with CloudFormation's tags. */
export function cloudFormationDocument(): Document {
  return new Document(null, { version: "1.1", customTags: cloudFormationTags, merge: false });
}

/** How emitted templates are laid out: no line folding, indented sequences, `[a, b]` without padding. */
export const EMIT_OPTIONS = {
  lineWidth: 0,
  minContentWidth: 0,
  indentSeq: true,
  flowCollectionPadding: false,
} as const;

/**
 * Emits a long-form body through the `yaml` library's node tree. The direct
 * emitter (`emit-yaml.ts`) writes the same bytes faster; this one serves the
 * shapes it leaves to the library, and is the reference its tests compare with.
 */
export function emitYamlNodes(body: TJsonObject): string {
  const doc = cloudFormationDocument();
  doc.contents = toNode(orderTemplate(body), false);
  return doc.toString(EMIT_OPTIONS);
}

/** Empty strings are quoted too: a bare `!GetAZs` reads back the same but looks like a mistake. */
function stringNode(text: string): Scalar {
  const node = new Scalar(text);
  if (needsQuotes(text)) node.type = Scalar.QUOTE_DOUBLE;
  return node;
}

function toNode(value: TJson, inConditionList: boolean): TYamlNode {
  if (typeof value === "string") return stringNode(value);
  if (value === null || typeof value !== "object") return new Scalar(value);
  if (Array.isArray(value)) return sequence(value, inConditionList);
  if (inConditionList) {
    const name = conditionItemName(value);
    if (name !== undefined) return tagged(stringNode(name), "Condition");
  }
  const short = shortFormOf(value);
  if (short?.kind === "scalar")
    return tagged(short.dotted ? new Scalar(short.text) : stringNode(short.text), short.tag);
  if (short?.kind === "seq") {
    const seq = sequence(short.items, short.conditionItems);
    seq.flow = short.flow;
    return tagged(seq, short.tag);
  }
  const map = new YAMLMap();
  const object = short?.kind === "map" ? short.object : value;
  for (const key of Object.keys(object)) {
    map.items.push(new Pair(stringNode(key), toNode(object[key] as TJson, false)));
  }
  return short ? tagged(map, short.tag) : map;
}

function sequence(items: TJson[], conditionItems: boolean): YAMLSeq {
  const seq = new YAMLSeq();
  for (const item of items) seq.items.push(toNode(item, conditionItems));
  return seq;
}

function tagged<T extends TYamlNode>(node: T, tag: string): T {
  node.tag = `!${tag}`;
  return node;
}
