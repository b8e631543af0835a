import { MAX_APPROVAL_STAGES, MAX_STAGE_APPROVALS, REQUEST_KINDS } from "@stackvend/api/approval-policy";
import { emitYaml, parseTemplate, type TFormField, type TJsonObject } from "@stackvend/cfn";
import type { TApprovalPolicyDefinition, TRequestKind } from "./types";

/**
 * Pure mappings between the constraint editors' form state and the
 * definitions `constraints.set` stores, so both directions are unit-tested.
 */

// ─── Parameter values ───────────────────────────────────────────────────────

export interface TParameterConstraintDefinition {
  parameter: string;
  allowedValues?: string[];
  allowedPattern?: string;
  description?: string;
}

export interface TParameterRow {
  parameter: string;
  label: string;
  /** The template's AllowedValues: the editor offers a subset; otherwise a pattern. */
  options?: string[];
  enabled: boolean;
  values: string[];
  pattern: string;
  description: string;
}

/** One row per constrainable parameter of the form model (secrets cannot be narrowed usefully). */
export function parameterRowsFrom(
  fields: readonly Pick<TFormField, "name" | "label" | "options" | "secret">[],
  definition: { parameters?: TParameterConstraintDefinition[] } | null,
): TParameterRow[] {
  const byName = new Map((definition?.parameters ?? []).map((p) => [p.parameter, p]));
  return fields
    .filter((f) => !f.secret)
    .map((field) => {
      const existing = byName.get(field.name);
      return {
        parameter: field.name,
        label: field.label,
        options: field.options && field.options.length > 0 ? field.options : undefined,
        enabled: existing !== undefined,
        values: existing?.allowedValues ?? [],
        pattern: existing?.allowedPattern ?? "",
        description: existing?.description ?? "",
      };
    });
}

/** The enabled rows as a PARAMETER_VALUES definition; row order is kept so server errors map back by index. */
export function parameterValuesDefinition(rows: readonly TParameterRow[]): {
  parameters: TParameterConstraintDefinition[];
} {
  return {
    parameters: rows
      .filter((r) => r.enabled)
      .map((r) => {
        const description = r.description.trim();
        const narrowed: TParameterConstraintDefinition = r.options
          ? { parameter: r.parameter, allowedValues: [...r.values] }
          : { parameter: r.parameter, allowedPattern: r.pattern.trim() };
        return description ? { ...narrowed, description } : narrowed;
      }),
  };
}

/**
 * Server field errors (`definition.parameters.<i>.<field>`) regrouped by
 * parameter name, using the same order the definition was sent in.
 */
export function parameterErrorsByName(
  rows: readonly TParameterRow[],
  fieldErrors: Record<string, string[] | undefined> | null | undefined,
): Record<string, string[]> {
  const sent = rows.filter((r) => r.enabled).map((r) => r.parameter);
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(fieldErrors ?? {})) {
    const match = /^definition\.parameters\.(\d+)(?:\.|$)/.exec(key);
    const name = match ? sent[Number(match[1])] : undefined;
    if (name && messages) out[name] = [...(out[name] ?? []), ...messages];
  }
  return out;
}

// ─── Template rules ─────────────────────────────────────────────────────────

/** Rules as YAML the admin edits: the body of the Rules section, short-form intrinsics. */
export function rulesToText(rules: TJsonObject | undefined): string {
  if (!rules || Object.keys(rules).length === 0) return "";
  return emitYaml({ Rules: rules })
    .split("\n")
    .slice(1)
    .map((line) => line.replace(/^ {2}/, ""))
    .join("\n")
    .trimEnd();
}

export type TRulesParse = { ok: true; rules: TJsonObject } | { ok: false; message: string };

/**
 * Rules in CloudFormation Rules syntax, YAML or JSON, with or without the
 * enclosing `Rules:` key. Line numbers in messages refer to the admin's text.
 */
export function parseRulesText(text: string): TRulesParse {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, message: "empty" };
  const json = trimmed.startsWith("{");
  const source = json
    ? `{"Rules": ${trimmed}}`
    : `Rules:\n${text
        .split("\n")
        .map((line) => `  ${line}`)
        .join("\n")}`;
  const parsed = parseTemplate(source);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    const line = first?.position ? first.position.line - (json ? 0 : 1) : undefined;
    const where = line !== undefined && first?.position ? `${line}:${first.position.column} ` : "";
    return { ok: false, message: `${where}${first?.message ?? "unreadable"}` };
  }
  let rules = parsed.value.body["Rules"];
  if (isObject(rules) && Object.keys(rules).length === 1 && isObject(rules["Rules"])) rules = rules["Rules"];
  if (!isObject(rules)) return { ok: false, message: "Rules must be a mapping of rule names to rules" };
  return { ok: true, rules };
}

function isObject(value: unknown): value is TJsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// ─── Approval policy ────────────────────────────────────────────────────────

/** Bounds of the server's ZApprovalPolicyDefinition, so the editor refuses what the server would. */
export const MAX_STAGES = MAX_APPROVAL_STAGES;
export { MAX_STAGE_APPROVALS, REQUEST_KINDS };

export interface TStageForm {
  /** Stable across reordering: React keys, element ids and server errors follow it. */
  key: string;
  name: string;
  /** "" is any approver. */
  approverGroup: string;
  required: string;
  allMembers: boolean;
}

export interface TParameterConditionForm {
  key: string;
  parameter: string;
  values: string[];
}

export interface TApprovalPolicyForm {
  stages: TStageForm[];
  autoApprove: boolean;
  kindsOn: boolean;
  kinds: TRequestKind[];
  parametersOn: boolean;
  parameters: TParameterConditionForm[];
  costOn: boolean;
  maxMonthlyCost: string;
  /** "" is never. */
  expireAfterDays: string;
  remindAfterHours: string;
  /** Next key to hand out; in the state so server and browser render the same ids. */
  nextKey: number;
}

/** A stored policy (or none: the built-in one stage of one approval, named `stageName`) as editor state. */
export function approvalPolicyForm(
  definition: TApprovalPolicyDefinition | null,
  stageName = "Approval",
): TApprovalPolicyForm {
  const stages = definition?.stages ?? [{ name: stageName, required: 1 }];
  const auto = definition?.autoApprove;
  return {
    stages: stages.map((s, i) => ({
      key: `s${i}`,
      name: s.name,
      approverGroup: s.approverGroup ?? "",
      required: s.required === "ALL" ? "1" : String(s.required),
      allMembers: s.required === "ALL",
    })),
    autoApprove: auto !== undefined,
    kindsOn: auto?.kinds !== undefined,
    kinds: auto?.kinds ?? [],
    parametersOn: auto?.parameters !== undefined,
    parameters: (auto?.parameters ?? []).map((p, i) => ({ key: `p${i}`, ...p, values: [...p.values] })),
    costOn: auto?.maxMonthlyCost !== undefined,
    maxMonthlyCost: auto?.maxMonthlyCost === undefined ? "" : String(auto.maxMonthlyCost),
    expireAfterDays: definition?.expireAfterDays ? String(definition.expireAfterDays) : "",
    remindAfterHours: definition?.remindAfterHours ? String(definition.remindAfterHours) : "",
    nextKey: stages.length + (auto?.parameters?.length ?? 0),
  };
}

/** "" or blanks are absent; anything else is sent as a number, so the server names what is wrong. */
function optionalNumber(text: string): number | undefined {
  return text.trim() === "" ? undefined : Number(text.trim());
}

/** The definition to send (and to summarize while editing); stage and condition order is kept. */
export function approvalPolicyDefinition(form: TApprovalPolicyForm): TApprovalPolicyDefinition {
  const auto: NonNullable<TApprovalPolicyDefinition["autoApprove"]> = {};
  if (form.kindsOn) auto.kinds = REQUEST_KINDS.filter((k) => form.kinds.includes(k));
  if (form.parametersOn)
    auto.parameters = form.parameters.map((p) => ({ parameter: p.parameter.trim(), values: [...p.values] }));
  const cost = form.costOn ? optionalNumber(form.maxMonthlyCost) : undefined;
  if (form.costOn) auto.maxMonthlyCost = cost ?? Number.NaN;
  const expire = optionalNumber(form.expireAfterDays);
  const remind = optionalNumber(form.remindAfterHours);
  return {
    stages: form.stages.map((s) => {
      const group = s.approverGroup.trim();
      return {
        name: s.name.trim(),
        ...(group ? { approverGroup: group } : {}),
        required: s.allMembers && group ? "ALL" : (optionalNumber(s.required) ?? Number.NaN),
      };
    }),
    ...(form.autoApprove ? { autoApprove: auto } : {}),
    ...(expire !== undefined ? { expireAfterDays: expire } : {}),
    ...(remind !== undefined ? { remindAfterHours: remind } : {}),
  };
}

/** A stage named after its position, any approver, one approval. */
export function addStage(form: TApprovalPolicyForm, name: string): TApprovalPolicyForm {
  if (form.stages.length >= MAX_STAGES) return form;
  const stage = { key: `s${form.nextKey}`, name, approverGroup: "", required: "1", allMembers: false };
  return { ...form, stages: [...form.stages, stage], nextKey: form.nextKey + 1 };
}

export function removeStage(form: TApprovalPolicyForm, key: string): TApprovalPolicyForm {
  if (form.stages.length <= 1) return form;
  return { ...form, stages: form.stages.filter((s) => s.key !== key) };
}

/** Moves a stage one place earlier (-1) or later (+1); at either end nothing changes. */
export function moveStage(form: TApprovalPolicyForm, key: string, delta: -1 | 1): TApprovalPolicyForm {
  const from = form.stages.findIndex((s) => s.key === key);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= form.stages.length) return form;
  const stages = [...form.stages];
  [stages[from], stages[to]] = [stages[to]!, stages[from]!];
  return { ...form, stages };
}

export function addParameterCondition(form: TApprovalPolicyForm, parameter: string): TApprovalPolicyForm {
  const condition = { key: `p${form.nextKey}`, parameter, values: [] };
  return { ...form, parameters: [...form.parameters, condition], nextKey: form.nextKey + 1 };
}

/** Which stage and condition keys a save sent, in order, so errors by index find their rows. */
export interface TSentPolicy {
  stages: string[];
  parameters: string[];
}

export function sentPolicyOf(form: TApprovalPolicyForm): TSentPolicy {
  return {
    stages: form.stages.map((s) => s.key),
    parameters: form.autoApprove && form.parametersOn ? form.parameters.map((p) => p.key) : [],
  };
}

/** Paths the editor shows beside a field; `stage:<key>.<field>` and `parameter:<key>.<field>` for rows. */
const FIELD_PATHS = new Set([
  "stages",
  "autoApprove.kinds",
  "autoApprove.parameters",
  "autoApprove.maxMonthlyCost",
  "expireAfterDays",
  "remindAfterHours",
]);

/**
 * Server field errors (`definition.stages.1.approverGroup`, …) regrouped by
 * the editor's own paths; what no field shows is `general`, so nothing is lost.
 */
export function policyErrors(
  sent: TSentPolicy | null,
  fieldErrors: Record<string, string[] | undefined> | null | undefined,
): { byPath: Record<string, string[]>; general: string[] } {
  const byPath: Record<string, string[]> = {};
  const general: string[] = [];
  for (const [key, messages] of Object.entries(fieldErrors ?? {})) {
    if (!messages || messages.length === 0) continue;
    const path = key.replace(/^definition\.?/, "");
    const row = /^(stages|autoApprove\.parameters)\.(\d+)\.([a-zA-Z]+)/.exec(path);
    const rowKey = row
      ? (row[1] === "stages" ? sent?.stages : sent?.parameters)?.[Number(row[2])]
      : undefined;
    let target: string | null = null;
    if (row && rowKey) target = `${row[1] === "stages" ? "stage" : "parameter"}:${rowKey}.${row[3]}`;
    else if (FIELD_PATHS.has(path)) target = path;
    if (target) byPath[target] = [...(byPath[target] ?? []), ...messages];
    else general.push(...messages);
  }
  return { byPath, general };
}
