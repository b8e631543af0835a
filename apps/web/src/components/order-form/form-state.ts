import {
  MAX_JUSTIFICATION,
  validateOrder,
  type TFormField,
  type TFormModel,
  type TOrderIssueCode,
} from "@stackvend/cfn";

export type TFieldValue = string | string[];
export type TFormValues = Record<string, TFieldValue>;

/** Why a field is wrong: a code the form words in the reader's language, or a message from the engine or server. */
export type TIssueCode = TOrderIssueCode;

export interface TFormIssue {
  code: TIssueCode;
  message?: string;
  params?: Record<string, string | number>;
}

/** Keyed like the server's field errors: `values.<Parameter>`, `values`, `stackName`, `tags.<Key>`, `justification`. */
export type TFormErrors = Record<string, TFormIssue[]>;

export interface TRequiredTagOption {
  key: string;
  values: { value: string; description: string }[];
}

export interface TOrderState {
  stackName: string;
  values: TFormValues;
  tags: Record<string, string>;
  justification: string;
}

export const valueKey = (name: string) => `values.${name}`;
export const tagKey = (key: string) => `tags.${key}`;

/** A DOM id for a field key; tag keys may hold characters ids should not. */
export function domId(key: string, suffix = ""): string {
  const safe = key.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`);
  return `order-${safe}${suffix ? `-${suffix}` : ""}`;
}

/** List items as CloudFormation reads them (the engine's rule): ids and numbers trimmed, other items kept as typed. */
export function listItems(field: Pick<TFormField, "numeric" | "awsType">, value: TFieldValue): string[] {
  const items = Array.isArray(value) ? value : value === "" ? [] : value.split(",");
  return field.numeric || field.awsType ? items.map((item) => item.trim()) : items;
}

function normalize(
  field: Pick<TFormField, "multiple" | "numeric" | "awsType">,
  value: TFieldValue,
): TFieldValue {
  if (field.multiple) return listItems(field, value);
  return Array.isArray(value) ? value.join(",") : value;
}

/** What each widget starts with: the saved value, else the template default; secrets always start empty. */
export function initialValues(model: TFormModel, saved: Record<string, TFieldValue> = {}): TFormValues {
  const values: TFormValues = {};
  for (const field of model.fields) {
    const start = field.secret
      ? undefined
      : Object.hasOwn(saved, field.name)
        ? saved[field.name]
        : field.default;
    values[field.name] = start === undefined ? (field.multiple ? [] : "") : normalize(field, start);
  }
  return values;
}

/**
 * The values an order sends: empty widgets are left out so the template
 * Default applies, and secrets are left out unless asked for (a preview
 * checks them; a draft never carries them).
 */
export function toOrderValues(
  model: TFormModel,
  values: TFormValues,
  { includeSecrets = false }: { includeSecrets?: boolean } = {},
): TFormValues {
  const out: TFormValues = {};
  for (const field of model.fields) {
    const value = values[field.name];
    if (value === undefined || (field.secret && !includeSecrets)) continue;
    if (Array.isArray(value) ? value.length === 0 : value === "") continue;
    out[field.name] = value;
  }
  return out;
}

/** "InstanceType: must be a t3 type (AllowedValues)" → "must be a t3 type": the field beside it names the rest. */
export function cleanMessage(message: string, name?: string): string {
  let text = message.trim();
  if (name && text.startsWith(`${name}: `)) text = text.slice(name.length + 2);
  text = text.replace(/\s*\((?:[A-Z][A-Za-z]+)\)$/, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function add(errors: TFormErrors, key: string, issue: TFormIssue) {
  const list = (errors[key] ??= []);
  if (!list.some((known) => known.code === issue.code && known.message === issue.message)) list.push(issue);
}

/**
 * The order checked by the engine's order check, the one the server runs
 * against the same form model. `complete` is the submit check; `draft` lets
 * what is missing stay missing, as the server does for drafts. Codes the
 * form words itself drop the server's English text.
 */
export function validateOrderForm(
  model: TFormModel,
  state: TOrderState,
  requiredTags: readonly TRequiredTagOption[],
  mode: "complete" | "draft",
  maxJustification = MAX_JUSTIFICATION,
): TFormErrors {
  const errors: TFormErrors = {};
  const order = { ...state, values: toOrderValues(model, state.values, { includeSecrets: true }) };
  for (const issue of validateOrder(model, order, { mode, requiredTags, maxJustification })) {
    if (issue.code !== "message")
      add(errors, issue.key, { code: issue.code, ...(issue.params ? { params: issue.params } : {}) });
    else add(errors, issue.key, { code: "message", message: cleanMessage(issue.message, issue.parameter) });
  }
  return errors;
}

interface TErrorData {
  zodError?: { fieldErrors?: Record<string, string[] | undefined>; formErrors?: string[] } | null;
  fieldErrors?: Record<string, string[] | undefined> | null;
}

/** Field errors a tRPC error carries (domain field errors and flattened zod errors), in the form's keys. */
export function serverFieldErrors(error: unknown): TFormErrors {
  const data = (error as { data?: TErrorData | null } | null)?.data;
  const errors: TFormErrors = {};
  for (const source of [data?.fieldErrors, data?.zodError?.fieldErrors]) {
    for (const [key, messages] of Object.entries(source ?? {})) {
      const name = key.startsWith("values.") ? key.slice("values.".length) : undefined;
      for (const message of messages ?? [])
        add(errors, key, { code: "message", message: cleanMessage(message, name) });
    }
  }
  return errors;
}

/** Errors of a field key, or none; merges the live check with what the server said. */
export function issuesFor(key: string, ...sources: TFormErrors[]): TFormIssue[] {
  return sources.flatMap((source) => source[key] ?? []);
}

export function hasErrors(errors: TFormErrors): boolean {
  return Object.values(errors).some((list) => list.length > 0);
}
