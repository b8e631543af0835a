import type { TFieldKind, TFormField } from "./form-model.ts";
import { classifyParameterType, type TParameterType } from "./parameter-type.ts";

/**
 * Which input a form draws. A secret hides whatever it is; a list of allowed
 * values is a choice whatever the type; then SSM names, AWS ids, lists,
 * numbers and free text.
 */
export function kindOf(type: TParameterType, secret: boolean, hasOptions: boolean): TFieldKind {
  if (secret) return "secret";
  if (hasOptions) return type.multiple ? "multiselect" : "select";
  if (type.base === "ssm-name" || type.base === "ssm-value") return "ssm";
  if (type.base === "aws") return "aws-id";
  if (type.multiple) return "list";
  return type.base === "number" ? "number" : "text";
}

/** The field's kind after its options changed, e.g. a constraint that turned free text into a choice. */
export function refreshKind(field: TFormField): TFormField {
  const type = classifyParameterType(field.type);
  return type ? { ...field, kind: kindOf(type, field.secret, field.options !== undefined) } : field;
}
