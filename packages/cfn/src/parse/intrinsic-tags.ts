/**
 * The short-form YAML tags CloudFormation accepts and the long-form key each
 * one stands for. One table serves both directions so that parse and emit can
 * never disagree about a name.
 */

/** Tag name (without `!`) → long-form key. `!Ref` and `!Condition` are the two without an `Fn::` prefix. */
export const INTRINSIC_TAGS: ReadonlyMap<string, string> = new Map(
  [
    "Ref",
    "Condition",
    "Sub",
    "GetAtt",
    "Join",
    "Select",
    "Split",
    "If",
    "Equals",
    "Not",
    "And",
    "Or",
    "FindInMap",
    "GetAZs",
    "ImportValue",
    "Base64",
    "Cidr",
    "Transform",
    "Length",
    "ToJsonString",
    "Contains",
    "EachMemberEquals",
    "EachMemberIn",
    "RefAll",
    "ValueOf",
    "ValueOfAll",
  ].map((name) => [name, name === "Ref" || name === "Condition" ? name : `Fn::${name}`]),
);

/** Long-form key → tag name, the inverse of {@link INTRINSIC_TAGS}. */
export const TAG_FOR_KEY: ReadonlyMap<string, string> = new Map(
  [...INTRINSIC_TAGS].map(([tag, key]) => [key, tag]),
);

/** Condition functions whose list items may be `{ "Condition": name }`, written `!Condition name` in YAML. */
export const CONDITION_LIST_KEYS: ReadonlySet<string> = new Set(["Fn::And", "Fn::Or", "Fn::Not"]);
