import type { TJson, TJsonObject } from "../model.ts";
import { known, RuleDefinitionError, type TRuleValue, unknown } from "./rule-value.ts";

/** What an expression can learn about a parameter: its value, or why it is not known before deploy. */
export type TParameterLookup = (name: string) => TRuleValue | undefined;

/** Functions that ask AWS about the account; only CloudFormation can evaluate them. */
const AWS_LOOKUPS = new Set(["Fn::RefAll", "Fn::ValueOf", "Fn::ValueOfAll"]);

function isObject(value: TJson): value is TJsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function args(value: TJson, name: string, count?: number): TJson[] {
  if (!Array.isArray(value) || (count !== undefined && value.length !== count)) {
    throw new RuleDefinitionError(`${name} expects a list of ${count ?? "several"} arguments`);
  }
  return value;
}

function asBoolean(value: TRuleValue, name: string): boolean | undefined {
  if (!value.known) return undefined;
  if (typeof value.value !== "boolean")
    throw new RuleDefinitionError(`${name} expects conditions, not values`);
  return value.value;
}

function asList(value: TRuleValue, name: string): string[] | undefined {
  if (!value.known) return undefined;
  if (!Array.isArray(value.value)) throw new RuleDefinitionError(`${name} expects a list of strings`);
  return value.value;
}

/**
 * Parameter values are strings, but a YAML 1.1 literal such as `Yes` reads as
 * a boolean; CloudFormation compares its text form, so `!Equals [!Ref P, Yes]`
 * holds when P is "true".
 */
function asText(value: string | string[] | boolean): string | string[] {
  return typeof value === "boolean" ? String(value) : value;
}

function asString(value: TRuleValue, name: string): string | undefined {
  if (!value.known) return undefined;
  const text = asText(value.value);
  if (typeof text !== "string") throw new RuleDefinitionError(`${name} expects a string`);
  return text;
}

function firstUnknown(values: TRuleValue[]): TRuleValue {
  return values.find((value) => !value.known) ?? unknown("it depends on values known only at deploy time");
}

/** Evaluates one Rules expression (condition or assertion) over the given parameter values. */
export function evaluateExpression(expression: TJson, lookup: TParameterLookup): TRuleValue {
  if (typeof expression === "string") return known(expression);
  if (typeof expression === "number") return known(String(expression));
  if (typeof expression === "boolean") return known(expression);
  if (expression === null) throw new RuleDefinitionError("null is not a rule value");
  if (Array.isArray(expression)) {
    const items = expression.map((item) => evaluateExpression(item, lookup));
    const blocked = items.find((item) => !item.known);
    if (blocked) return blocked;
    return known(items.flatMap((item) => (item.known ? item.value : [])) as string[]);
  }
  const keys = Object.keys(expression);
  const name = keys[0];
  if (keys.length !== 1 || name === undefined)
    throw new RuleDefinitionError("a rule function has exactly one key");
  const argument = expression[name] as TJson;
  if (name === "Ref") {
    if (typeof argument !== "string") throw new RuleDefinitionError("Ref expects a parameter name");
    const found = lookup(argument);
    if (found) return found;
    if (argument.startsWith("AWS::")) return unknown(`${argument} is known at deploy time`);
    throw new RuleDefinitionError(`Ref to ${argument}, which is not a parameter`);
  }
  if (AWS_LOOKUPS.has(name)) return unknown(`${name} looks up resources in the AWS account`);
  return evaluateFunction(name, argument, lookup);
}

function evaluateFunction(name: string, argument: TJson, lookup: TParameterLookup): TRuleValue {
  const evaluate = (item: TJson) => evaluateExpression(item, lookup);
  switch (name) {
    case "Fn::Not": {
      const [inner] = args(argument, name, 1).map(evaluate) as [TRuleValue];
      const value = asBoolean(inner, name);
      return value === undefined ? inner : known(!value);
    }
    case "Fn::And":
    case "Fn::Or": {
      const values = args(argument, name).map(evaluate);
      const booleans = values.map((value) => asBoolean(value, name));
      const decisive = name === "Fn::And" ? false : true;
      if (booleans.includes(decisive)) return known(decisive);
      return booleans.includes(undefined) ? firstUnknown(values) : known(!decisive);
    }
    case "Fn::Equals": {
      const values = args(argument, name, 2).map(evaluate);
      if (values.some((value) => !value.known)) return firstUnknown(values);
      const [left, right] = values.map((value) => (value.known ? JSON.stringify(asText(value.value)) : ""));
      return known(left === right);
    }
    case "Fn::Contains":
    case "Fn::EachMemberEquals":
    case "Fn::EachMemberIn": {
      const values = args(argument, name, 2).map(evaluate) as [TRuleValue, TRuleValue];
      const list = asList(values[0], name);
      if (name === "Fn::EachMemberIn") {
        const allowed = asList(values[1], name);
        if (list === undefined || allowed === undefined) return firstUnknown(values);
        return known(list.every((item) => allowed.includes(item)));
      }
      const wanted = asString(values[1], name);
      if (list === undefined || wanted === undefined) return firstUnknown(values);
      return known(name === "Fn::Contains" ? list.includes(wanted) : list.every((item) => item === wanted));
    }
    default:
      throw new RuleDefinitionError(`${name} is not supported in Rules`);
  }
}

/** Parameters an expression refers to, so a failure can be shown on those fields. */
export function referencedParameters(expression: TJson, isParameter: (name: string) => boolean): string[] {
  const found = new Set<string>();
  const visit = (node: TJson): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (key === "Ref" && typeof value === "string" && isParameter(value)) found.add(value);
        else if (
          key === "Fn::ValueOf" &&
          Array.isArray(value) &&
          typeof value[0] === "string" &&
          isParameter(value[0])
        ) {
          found.add(value[0]);
        }
        visit(value);
      }
    }
  };
  visit(expression);
  return [...found];
}
