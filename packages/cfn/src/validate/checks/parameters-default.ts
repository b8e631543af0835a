/**
 * A parameter's Default must satisfy its own constraints, or every launch
 * that keeps the default fails before anything is created.
 */
import type { TJson, TJsonObject } from "../../model.ts";
import type { TCheck, TDraft } from "../context.ts";

function scalarText(v: TJson): string | undefined {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : undefined;
}

/** List parameter defaults are comma-separated strings (or lists); each element is checked on its own. */
function defaultItems(type: string, value: TJson): string[] | undefined {
  const isList =
    type.startsWith("List<") ||
    type === "CommaDelimitedList" ||
    /Value<(List<|CommaDelimitedList)/.test(type);
  if (Array.isArray(value)) return value.map(scalarText).filter((x): x is string => x !== undefined);
  const text = scalarText(value);
  if (text === undefined) return undefined;
  return isList ? text.split(",").map((s) => s.trim()) : [text];
}

function problems(p: TJsonObject, name: string, items: string[]): string[] {
  const out: string[] = [];
  const type = String(p.Type);
  if (Array.isArray(p.AllowedValues)) {
    const allowed = new Set(p.AllowedValues.map((v) => scalarText(v)));
    for (const item of items)
      if (!allowed.has(item)) out.push(`Default '${item}' of '${name}' is not in AllowedValues`);
  }
  if (typeof p.AllowedPattern === "string") {
    let re: RegExp | undefined;
    try {
      re = new RegExp(`^(?:${p.AllowedPattern})$`);
    } catch {
      re = undefined;
    }
    for (const item of items)
      if (re && !re.test(item)) out.push(`Default '${item}' of '${name}' does not match AllowedPattern`);
  }
  for (const item of items) {
    if (p.MinLength !== undefined && item.length < Number(p.MinLength))
      out.push(`Default of '${name}' is shorter than MinLength ${String(p.MinLength)}`);
    if (p.MaxLength !== undefined && item.length > Number(p.MaxLength))
      out.push(`Default of '${name}' is longer than MaxLength ${String(p.MaxLength)}`);
  }
  if (type === "Number" || type === "List<Number>") {
    for (const item of items) {
      const n = Number(item);
      if (item.trim() === "" || !Number.isFinite(n))
        out.push(`Default '${item}' of '${name}' is not a number`);
      else if (p.MinValue !== undefined && n < Number(p.MinValue))
        out.push(`Default ${item} of '${name}' is below MinValue ${String(p.MinValue)}`);
      else if (p.MaxValue !== undefined && n > Number(p.MaxValue))
        out.push(`Default ${item} of '${name}' is above MaxValue ${String(p.MaxValue)}`);
    }
  }
  return out;
}

export const parametersDefault: TCheck = {
  id: "SV-E2015",
  cfnLintRule: "E2015",
  description: "Parameter Default satisfies AllowedValues, AllowedPattern, Min/MaxLength and Min/MaxValue",
  source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html",
  severity: "error",
  run(ctx) {
    const out: TDraft[] = [];
    for (const [name, p] of ctx.parameters) {
      if (p.Default === undefined || typeof p.Type !== "string") continue;
      const items = defaultItems(p.Type, p.Default);
      if (!items) continue;
      for (const message of problems(p, name, items))
        out.push({ path: ["Parameters", name, "Default"], message });
    }
    return out;
  },
};
