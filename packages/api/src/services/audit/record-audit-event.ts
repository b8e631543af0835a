import { appendAuditEvent, type TAuditClient } from "@stackvend/db";

export interface TAuditActor {
  id: string | null;
  label: string;
}

export const SYSTEM_ACTOR: TAuditActor = { id: null, label: "system" };

export interface TAuditEventInput {
  actor: TAuditActor;
  action: string;
  objectType: string;
  objectId: string;
  /** Input as given, minus secrets: pass secret field names in `redact`. */
  data?: Record<string, unknown>;
  redact?: readonly string[];
  ip?: string;
}

const REDACTED = "[redacted]";
const ALWAYS_REDACTED = new Set(["password", "passwordHash", "token", "secret"]);

/** Replaces secret values at any depth, so an audit row can never carry one. */
export function redactSecrets(value: unknown, secretKeys: ReadonlySet<string>): unknown {
  // JSON has no dates: without this a Date would be stored as {}.
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => redactSecrets(v, secretKeys));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        secretKeys.has(k) || ALWAYS_REDACTED.has(k) ? REDACTED : redactSecrets(v, secretKeys),
      ]),
    );
  }
  return value;
}

/**
 * Append-only and hash-chained (appendAuditEvent): there is no update or
 * delete of audit events anywhere in the code, and verifyAuditChain notices one.
 * Pass the transaction of the change it records, and call it last in it.
 */
export async function recordAuditEvent(tx: TAuditClient, event: TAuditEventInput): Promise<void> {
  const data = redactSecrets(event.data ?? {}, new Set(event.redact ?? [])) as Record<string, unknown>;
  await appendAuditEvent(tx, {
    actorId: event.actor.id,
    actorLabel: event.actor.label,
    action: event.action,
    objectType: event.objectType,
    objectId: event.objectId,
    data,
    ip: event.ip,
  });
}

export function actorOf(user: { id: string; email: string }): TAuditActor {
  return { id: user.id, label: user.email };
}
