import type { TFinding } from "../model.ts";
import { checkFieldValue } from "./check-field-value.ts";
import { refreshKind } from "./field-kind.ts";
import type { TFormField, TParameterConstraint } from "./form-model.ts";

function warning(message: string, parameter: string): TFinding {
  return { id: "SV-PARAM-CONSTRAINT", severity: "warning", message, path: ["Parameters", parameter] };
}

/** Whether the template itself (without any Default/required logic) accepts `value` as one item. */
function templateAccepts(field: TFormField, value: string): boolean {
  const probe = { ...field, required: false };
  return checkFieldValue(probe, field.multiple ? [value] : value).length === 0;
}

/**
 * Narrows fields by portfolio constraints. Allowed values intersect with the
 * template's (or, on a free field, keep only values the template accepts), so
 * a constraint can only take choices away; patterns add to the template's. A
 * Default the narrowed field no longer accepts is dropped, which makes the
 * field required.
 */
export function applyConstraints(
  fields: TFormField[],
  constraints: readonly TParameterConstraint[],
): { fields: TFormField[]; warnings: TFinding[] } {
  const warnings: TFinding[] = [];
  const byName = new Map(fields.map((field) => [field.name, field]));
  for (const constraint of constraints) {
    let field = byName.get(constraint.parameter);
    if (!field) {
      warnings.push(
        warning(
          `Constraint names ${constraint.parameter}, which is not a parameter of this template`,
          constraint.parameter,
        ),
      );
      continue;
    }
    if (constraint.allowedValues) {
      const current = field;
      const narrowed = current.options
        ? current.options.filter((option) => constraint.allowedValues?.includes(option))
        : constraint.allowedValues.filter((value) => templateAccepts(current, value));
      field = refreshKind({ ...field, options: [...new Set(narrowed)] });
      if (narrowed.length === 0) {
        warnings.push(
          warning(
            `No value allowed by the template is left for ${field.name} under the constraint`,
            field.name,
          ),
        );
      }
    }
    if (constraint.allowedPattern !== undefined) {
      const pattern = {
        pattern: constraint.allowedPattern,
        ...(constraint.description ? { description: constraint.description } : {}),
      };
      field = { ...field, constraintPatterns: [...(field.constraintPatterns ?? []), pattern] };
    }
    if (
      field.default !== undefined &&
      checkFieldValue({ ...field, required: false }, field.default).length > 0
    ) {
      const { default: _dropped, ...rest } = field;
      field = { ...rest, required: !field.secret };
    }
    byName.set(field.name, field);
  }
  return { fields: fields.map((field) => byName.get(field.name) ?? field), warnings };
}
