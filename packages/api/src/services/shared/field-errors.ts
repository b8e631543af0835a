import { AppError, type TFieldErrors } from "../../errors/app-error.ts";

/** A one-field validation failure whose message names the field and the rule it broke. */
export function invalidField(field: string, rule: string): AppError {
  return new AppError("INVALID_INPUT", `${field}: ${rule}`, { fieldErrors: { [field]: [rule] } });
}

/** Several field failures at once, summarised in the message so API callers see them too. */
export function invalidFields(
  fieldErrors: TFieldErrors,
  code: "INVALID_INPUT" | "INVALID_TEMPLATE" = "INVALID_INPUT",
) {
  const summary = Object.entries(fieldErrors)
    .map(([field, messages]) => `${field}: ${messages.join("; ")}`)
    .join(" | ");
  return new AppError(code, summary, { fieldErrors });
}

export function conflictOn(field: string, rule: string): AppError {
  return new AppError("CONFLICT", `${field}: ${rule}`, { fieldErrors: { [field]: [rule] } });
}

/** Prisma's unique-constraint violation, recognised without importing the runtime. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

export function addFieldError(errors: TFieldErrors, field: string, message: string): void {
  (errors[field] ??= []).push(message);
}
