import type { TFormField } from "./form-model.ts";

/**
 * The items of a list parameter, from a form (an array) or from a
 * CloudFormation-style comma-separated string. Ids and numbers are trimmed
 * because people type "a, b"; CommaDelimitedList items keep their spaces, as
 * CloudFormation keeps them.
 */
export function listItems(
  field: Pick<TFormField, "numeric" | "awsType">,
  value: string | string[],
): string[] {
  const items = Array.isArray(value) ? value : value === "" ? [] : value.split(",");
  return field.numeric || field.awsType ? items.map((item) => item.trim()) : items;
}
