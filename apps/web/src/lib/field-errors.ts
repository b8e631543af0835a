interface TErrorData {
  zodError?: { fieldErrors?: Record<string, string[] | undefined> } | null;
  fieldErrors?: Record<string, string[] | undefined> | null;
}

/**
 * Messages for one form field from a tRPC error: the flattened zod error of an
 * invalid input, or the field errors a domain error carries.
 */
export function fieldErrorsOf(error: unknown, field: string): string[] {
  const data = (error as { data?: TErrorData | null } | null)?.data;
  if (!data) return [];
  return [...(data.zodError?.fieldErrors?.[field] ?? []), ...(data.fieldErrors?.[field] ?? [])];
}

/** Every field error a tRPC error carries, by field name (domain errors win over zod's for a name). */
export function fieldErrorRecord(error: unknown): Record<string, string[] | undefined> {
  const data = (error as { data?: TErrorData | null } | null)?.data;
  return { ...(data?.zodError?.fieldErrors ?? {}), ...(data?.fieldErrors ?? {}) };
}
