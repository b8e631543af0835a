/**
 * Values inside Rules are evaluated with three outcomes: a known value, or
 * "unknown until deploy" when it depends on AWS (Fn::ValueOf, Fn::RefAll,
 * pseudo parameters, secrets supplied at deploy). Unknown values propagate,
 * so a rule is neither passed nor failed on a guess.
 */
export type TRuleValue =
  { known: true; value: string | string[] | boolean } | { known: false; reason: string };

/** A malformed rule: an unsupported function, a Ref to no parameter, a wrong argument shape. */
export class RuleDefinitionError extends Error {}

export function known(value: string | string[] | boolean): TRuleValue {
  return { known: true, value };
}

export function unknown(reason: string): TRuleValue {
  return { known: false, reason };
}
