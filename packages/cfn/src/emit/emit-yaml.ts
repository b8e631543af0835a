import { Document, type Node as TYamlNode, Pair, Scalar, YAMLMap, YAMLSeq } from "yaml";
import type { TJson, TJsonObject } from "../model.ts";
import { CONDITION_LIST_KEYS, TAG_FOR_KEY } from "../parse/intrinsic-tags.ts";
import { cloudFormationTags } from "../parse/yaml-schema.ts";
import { needsQuotes } from "./needs-quotes.ts";
import { orderTemplate } from "./section-order.ts";

/**
 * Emits a long-form body as YAML with short-form tags, in CloudFormation's
 * section order, with no line folding. Every string that a reader could take
 * for another type is quoted, so a value never turns into structure or a
 * different scalar when read back.
 */
export function emitYaml(body: TJsonObject): string {
  const doc = new Document(null, { version: "1.1", customTags: cloudFormationTags, merge: false });
  doc.contents = toNode(orderTemplate(body), false);
  return doc.toString({ lineWidth: 0, minContentWidth: 0, indentSeq: true, flowCollectionPadding: false });
}

function isObject(value: TJson | undefined): value is TJsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Empty strings are quoted too: a bare `!GetAZs` reads back the same but looks like a mistake. */
function stringNode(text: string): Scalar {
  const node = new Scalar(text);
  if (needsQuotes(text)) node.type = Scalar.QUOTE_DOUBLE;
  return node;
}

/** A single-key object whose key has a short form, e.g. `{ "Fn::Sub": "..." }`. */
function intrinsicOf(value: TJsonObject): { tag: string; key: string; argument: TJson } | undefined {
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0] as string;
  const tag = TAG_FOR_KEY.get(key);
  if (!tag || key === "Condition") return undefined;
  return { tag, key, argument: value[key] as TJson };
}

function toNode(value: TJson, inConditionList: boolean): TYamlNode {
  if (typeof value === "string") return stringNode(value);
  if (value === null || typeof value !== "object") return new Scalar(value);
  if (Array.isArray(value)) return sequence(value, inConditionList);
  if (inConditionList) {
    const keys = Object.keys(value);
    const name = value["Condition"];
    if (keys.length === 1 && typeof name === "string") return tagged(stringNode(name), "Condition");
  }
  const intrinsic = intrinsicOf(value);
  if (intrinsic) {
    const short = shortForm(intrinsic.tag, intrinsic.key, intrinsic.argument);
    if (short) return short;
  }
  const map = new YAMLMap();
  for (const key of Object.keys(value)) {
    map.items.push(new Pair(stringNode(key), toNode(value[key] as TJson, false)));
  }
  return map;
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

/**
 * The short form for an intrinsic, or undefined where only the long form
 * reads back identically: a tagged scalar is always read as a string, so a
 * numeric or boolean argument keeps `Fn::X:` spelled out, and a dotted
 * `!GetAtt` is only used when splitting at the first dot gives the same list.
 */
function shortForm(tag: string, key: string, argument: TJson): TYamlNode | undefined {
  if (key === "Fn::GetAtt") {
    if (typeof argument === "string")
      return argument.includes(".") ? undefined : tagged(stringNode(argument), tag);
    if (
      Array.isArray(argument) &&
      argument.length === 2 &&
      typeof argument[0] === "string" &&
      typeof argument[1] === "string" &&
      !argument[0].includes(".")
    ) {
      return tagged(new Scalar(`${argument[0]}.${argument[1]}`), tag);
    }
  }
  if (typeof argument === "string") return tagged(stringNode(argument), tag);
  if (Array.isArray(argument)) {
    const seq = sequence(argument, CONDITION_LIST_KEYS.has(key));
    seq.flow = argument.every((item) => isFlowFriendly(item));
    return tagged(seq, tag);
  }
  if (isObject(argument)) {
    const node = toNode(argument, false);
    return node instanceof YAMLMap && !node.tag ? tagged(node, tag) : undefined;
  }
  return undefined;
}

/** Short scalar lists read best on one line, `!GetAtt [A, B]`; anything multi-line stays block style. */
function isFlowFriendly(item: TJson): boolean {
  if (typeof item === "string") return !/[\n\r]/.test(item) && item.length <= 80;
  return item === null || typeof item === "number" || typeof item === "boolean";
}
