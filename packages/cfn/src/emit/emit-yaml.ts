import { Pair, Scalar, YAMLMap } from "yaml";
import { stringifyString } from "yaml/util";
import type { TJson, TJsonObject } from "../model.ts";
import { cloudFormationDocument, EMIT_OPTIONS, emitYamlNodes } from "./emit-yaml-nodes.ts";
import { needsQuotes } from "./needs-quotes.ts";
import { keysFirst, RESOURCE_KEY_ORDER, SECTION_ORDER } from "./section-order.ts";
import { conditionItemName, shortFormOf } from "./short-form.ts";

/**
 * Emits a long-form body as YAML with short-form tags, in CloudFormation's
 * section order, with no line folding. Every string that a reader could take
 * for another type is quoted, so a value never turns into structure or a
 * different scalar when read back.
 *
 * Writes the same bytes as the `yaml` library's node tree
 * (`emitYamlNodes`), about ten times faster on a large template: the layout
 * of mappings, sequences and tags is written here, while every string is
 * still spelled by the library's own scalar writer (plain, quoted or block),
 * so what needs quoting is decided in one place. The one layout this writer
 * leaves to the library is a key over 1,024 characters, which YAML writes as
 * an explicit `? key`.
 */
export function emitYaml(body: TJsonObject): string {
  try {
    return `${new Writer().node(body, "", false, "template")}\n`;
  } catch (error) {
    if (error === EXPLICIT_KEY) return emitYamlNodes(body);
    throw error;
  }
}

/**
 * Which key order a mapping is written in (see `section-order.ts`): the
 * template's sections, the resources as they are, each resource's
 * attributes, or as it is.
 */
type TOrder = "template" | "resources" | "resource" | "as-is";

function keysInOrder(object: TJsonObject, order: TOrder): string[] {
  if (order === "template") return keysFirst(object, SECTION_ORDER);
  if (order === "resource") return keysFirst(object, RESOURCE_KEY_ORDER);
  return Object.keys(object);
}

function childOrder(order: TOrder, key: string): TOrder {
  if (order === "template") return key === "Resources" ? "resources" : "as-is";
  return order === "resources" ? "resource" : "as-is";
}

const EXPLICIT_KEY = new Error("a key needs the explicit form");
const INDENT_STEP = "  ";
/** YAML writes a key this long as `? key`. */
const MAX_IMPLICIT_KEY = 1024;

/** The document the library's scalar writer reads the schema and options from. */
const DOC = cloudFormationDocument();
const SCALAR_OPTIONS = {
  blockQuote: true,
  defaultKeyType: null,
  defaultStringType: Scalar.PLAIN,
  doubleQuotedAsJSON: false,
  doubleQuotedMinMultiLineLength: 40,
  singleQuote: null,
  ...EMIT_OPTIONS,
};

interface TScalarContext {
  /** Keys of a mapping (`Key:`). */
  key: boolean;
  /** Inside `[a, b]`. */
  flow: boolean;
  /** Untagged strings are checked against the schema (`"true"` stays a string); tagged ones always read as strings. */
  tagged: boolean;
  /** Where this context's memos start. */
  slot: number;
}

const KEY: TScalarContext = { key: true, flow: false, tagged: false, slot: 0 };
const VALUE: TScalarContext = { key: false, flow: false, tagged: false, slot: 4 };
const FLOW_VALUE: TScalarContext = { key: false, flow: true, tagged: false, slot: 8 };
const TAGGED: TScalarContext = { key: false, flow: false, tagged: true, slot: 12 };
const FLOW_TAGGED: TScalarContext = { key: false, flow: true, tagged: true, slot: 16 };

class Writer {
  /** Strings as written, per position: templates repeat them (`Type`, property names, references). */
  private readonly memo = Array.from({ length: 20 }, () => new Map<string, string>());
  /** Numbers, booleans and null as written, per distinct value (kept per document, so it cannot grow without end). */
  private readonly others = new Map<string, string>();

  /** A mapping at `indent`: the first line starts where the caller is, the others at `indent`. */
  private map(object: TJsonObject, indent: string, order: TOrder): string {
    const keys = keysInOrder(object, order);
    if (keys.length === 0) return "{}";
    const inner = indent + INDENT_STEP;
    let out = "";
    for (const key of keys) {
      const keyText = this.string(key, inner, KEY, false);
      if (keyText.length > MAX_IMPLICIT_KEY) throw EXPLICIT_KEY;
      if (out) out += `\n${indent}`;
      out += `${keyText}:${this.pairValue(object[key] as TJson, inner, childOrder(order, key))}`;
    }
    return out;
  }

  /** A sequence at `indent`: items `- ` at `indent`, their contents two deeper. */
  private seq(items: TJson[], indent: string, conditionItems: boolean): string {
    if (items.length === 0) return "[]";
    const inner = indent + INDENT_STEP;
    let out = "";
    for (const item of items) {
      if (out) out += `\n${indent}`;
      out += `- ${this.node(item, inner, conditionItems)}`;
    }
    return out;
  }

  /** What follows `Key:`: a scalar or one-line collection after a space, a block collection on the next line. */
  private pairValue(value: TJson, indent: string, order: TOrder): string {
    const text = this.node(value, indent, false, order);
    if (typeof value !== "object" || value === null) return ` ${text}`;
    // Tagged values (`!Sub`, `!If [a, b]`) keep the tag on the key's line; so do `{}` and `[]`.
    if (text[0] === "!" || text === "{}" || text === "[]") return ` ${text}`;
    return `\n${indent}${text}`;
  }

  /** A value at `indent`, the first line written where the caller is. */
  node(value: TJson, indent: string, inConditionList: boolean, order: TOrder = "as-is"): string {
    if (typeof value === "string") return this.string(value, indent, VALUE, false);
    if (value === null || typeof value !== "object") return this.other(value);
    if (Array.isArray(value)) return this.seq(value, indent, inConditionList);
    if (inConditionList) {
      const name = conditionItemName(value);
      if (name !== undefined) return this.tag("Condition", this.tagString(name, indent, false, false));
    }
    const short = shortFormOf(value);
    if (short === undefined) return this.map(value, indent, order);
    if (short.kind === "scalar")
      return this.tag(short.tag, this.tagString(short.text, indent, false, short.dotted));
    if (short.kind === "map")
      return this.tagBlock(short.tag, this.map(short.object, indent, childOrder(order, short.key)), indent);
    if (short.flow) return this.tag(short.tag, this.flowSeq(short.items, indent, short.conditionItems));
    return this.tagBlock(short.tag, this.seq(short.items, indent, short.conditionItems), indent);
  }

  /** `[a, b]`: only lists of one-line scalars (and `!Condition name`) are written this way. */
  private flowSeq(items: TJson[], indent: string, conditionItems: boolean): string {
    const inner = indent + INDENT_STEP + INDENT_STEP;
    const parts = items.map((item) => {
      if (typeof item === "string") return this.string(item, inner, FLOW_VALUE, false);
      if (conditionItems && typeof item === "object" && item !== null && !Array.isArray(item)) {
        const name = conditionItemName(item);
        if (name !== undefined) return this.tag("Condition", this.tagString(name, inner, true, false));
      }
      return this.other(item as number | boolean | null);
    });
    return `[${parts.join(", ")}]`;
  }

  private tag(tag: string, text: string): string {
    return `!${tag} ${text}`;
  }

  /** A tagged block collection starts on the line after its tag; an empty one stays on it. */
  private tagBlock(tag: string, text: string, indent: string): string {
    return text === "{}" || text === "[]" ? `!${tag} ${text}` : `!${tag}\n${indent}${text}`;
  }

  private tagString(text: string, indent: string, flow: boolean, dotted: boolean): string {
    return this.string(text, indent, flow ? FLOW_TAGGED : TAGGED, dotted);
  }

  /**
   * A string as the library writes it in this position. `asGiven` is a
   * dotted `!GetAtt A.B`, which is never forced into quotes.
   */
  private string(text: string, indent: string, context: TScalarContext, asGiven: boolean): string {
    // One-line strings do not depend on their indentation except at the top level (`---` and `%` lines).
    const memo =
      indent === "" || text.includes("\n")
        ? undefined
        : this.memo[context.slot + (asGiven ? 1 : 0) + (context.key && indent === INDENT_STEP ? 2 : 0)];
    const known = memo?.get(text);
    if (known !== undefined) return known;
    const item = {
      value: text,
      type: !asGiven && needsQuotes(text) ? Scalar.QUOTE_DOUBLE : undefined,
    };
    const written = stringifyString(
      item as Scalar,
      {
        doc: DOC,
        indent,
        indentStep: INDENT_STEP,
        implicitKey: context.key,
        inFlow: context.flow ? true : null,
        actualString: !context.tagged,
        options: SCALAR_OPTIONS,
      } as unknown as Parameters<typeof stringifyString>[1],
    );
    memo?.set(text, written);
    return written;
  }

  /** Numbers, booleans and null, spelled by the library once per distinct value. */
  private other(value: number | boolean | null): string {
    const id = Object.is(value, -0) ? "-0" : `${typeof value}:${String(value)}`;
    let known = this.others.get(id);
    if (known === undefined) {
      const doc = cloudFormationDocument();
      const map = new YAMLMap();
      map.items.push(new Pair(new Scalar("v"), new Scalar(value)));
      doc.contents = map;
      known = doc.toString(EMIT_OPTIONS).slice("v: ".length, -1);
      this.others.set(id, known);
    }
    return known;
  }
}
