import { emitYaml, parseTemplate, type TFormField, type TJsonObject } from "@stackvend/cfn";

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

export interface TApprovalPolicyForm {
  autoApprove: boolean;
  approvalsRequired: string;
  approverGroup: string;
  separationOfDuties: boolean;
}

export interface TApprovalPolicyDefinition {
  autoApprove?: boolean;
  approvalsRequired: number;
  approverGroup?: string;
  separationOfDuties: boolean;
}

/** With no policy set, requests need one approval by anyone else with the approver role. */
export function approvalPolicyForm(
  definition: Partial<TApprovalPolicyDefinition> | null,
): TApprovalPolicyForm {
  return {
    autoApprove: definition?.autoApprove ?? false,
    approvalsRequired: String(definition?.approvalsRequired ?? 1),
    approverGroup: definition?.approverGroup ?? "",
    separationOfDuties: definition?.separationOfDuties ?? true,
  };
}

export function approvalPolicyDefinition(form: TApprovalPolicyForm): TApprovalPolicyDefinition {
  const group = form.approverGroup.trim();
  return {
    ...(form.autoApprove ? { autoApprove: true } : {}),
    approvalsRequired: Number(form.approvalsRequired),
    ...(group ? { approverGroup: group } : {}),
    separationOfDuties: form.separationOfDuties,
  };
}
