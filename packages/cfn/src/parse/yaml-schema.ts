import type { CollectionTag, ScalarTag, Tags } from "yaml";
import { INTRINSIC_TAGS } from "./intrinsic-tags.ts";

/**
 * YAML 1.1 tags CloudFormation does not support (its documentation names
 * binary, omap, pairs, set, timestamp and hash merges). Timestamps and
 * sexagesimal numbers matter most: without this, `2010-09-09` would become a
 * Date and `12:30` the number 750.
 */
const UNSUPPORTED_TAGS = new Set([
  "tag:yaml.org,2002:binary",
  "tag:yaml.org,2002:omap",
  "tag:yaml.org,2002:pairs",
  "tag:yaml.org,2002:set",
  "tag:yaml.org,2002:timestamp",
  "tag:yaml.org,2002:merge",
]);

/**
 * Registers every short-form intrinsic for scalars, sequences and mappings.
 * The resolvers keep the node as it is; the walk in `parse-yaml.ts` turns
 * tagged nodes into long form, where it also knows the path and position.
 */
function intrinsicTags(): (ScalarTag | CollectionTag)[] {
  return [...INTRINSIC_TAGS.keys()].flatMap((name): (ScalarTag | CollectionTag)[] => [
    { tag: `!${name}`, resolve: (value: string) => value },
    { tag: `!${name}`, collection: "seq" },
    { tag: `!${name}`, collection: "map" },
  ]);
}

/**
 * YAML 1.1 booleans as CloudFormation's parser (SnakeYAML) and cfn-lint
 * (PyYAML) read them: `yes`/`on`/`true` and their opposites, but not the
 * single letters `y`/`n`, which the 1.1 spec lists and both parsers leave as
 * strings.
 */
const TRUE_WORDS = /^(?:[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/;
const FALSE_WORDS = /^(?:[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/;

/**
 * Decimal integers per the YAML 1.1 spec: no leading zero. The library's
 * looser pattern would read an account id such as `012345678901` as a number
 * and drop the zero; as the spec (and PyYAML) has it, it stays a string.
 */
const DECIMAL_INT = /^[-+]?(?:0|[1-9][0-9_]*)$/;

/** The `customTags` option for the `yaml` library: YAML 1.1 minus the unsupported tags, plus intrinsics. */
export function cloudFormationTags(tags: Tags): Tags {
  const kept = tags.flatMap((tag): Tags => {
    if (typeof tag === "string") return [tag];
    if (UNSUPPORTED_TAGS.has(tag.tag) || tag.format === "TIME") return [];
    if (tag.tag === "tag:yaml.org,2002:bool" && !tag.collection && tag.test) {
      return [{ ...tag, test: tag.test.test("true") ? TRUE_WORDS : FALSE_WORDS }];
    }
    if (tag.tag === "tag:yaml.org,2002:int" && !tag.collection && !tag.format && tag.test) {
      return [{ ...tag, test: DECIMAL_INT }];
    }
    return [tag];
  });
  return [...kept, ...intrinsicTags()];
}

/** Standard tags a template may spell out explicitly, e.g. `!!str 0123`. */
export const STANDARD_TAGS: ReadonlySet<string> = new Set(
  ["str", "int", "float", "bool", "null", "map", "seq"].map((name) => `tag:yaml.org,2002:${name}`),
);
