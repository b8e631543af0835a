import { canonicalJson } from "@stackvend/db";
import type { TAuditEventItem } from "./list-audit-events.ts";

export type TAuditExportFormat = "csv" | "jsonl";

/** Every stored field, so an export of the whole log can be verified outside Stackvend. */
const COLUMNS = [
  "id",
  "sequence",
  "createdAt",
  "actorId",
  "actorLabel",
  "action",
  "objectType",
  "objectId",
  "ip",
  "data",
  "prevHash",
  "hash",
] as const;

function plain(event: TAuditEventItem) {
  return {
    id: event.id,
    sequence: event.sequence,
    createdAt: event.createdAt.toISOString(),
    actorId: event.actorId,
    actorLabel: event.actorLabel,
    action: event.action,
    objectType: event.objectType,
    objectId: event.objectId,
    ip: event.ip,
    data: event.data,
    prevHash: event.prevHash,
    hash: event.hash,
  };
}

/**
 * RFC 4180 quoting, and a leading apostrophe on text a spreadsheet would run
 * as a formula (OWASP "CSV injection"): a failed sign-in's email is typed
 * by anyone. JSON Lines is the faithful format; CSV is for reading.
 */
export function csvCell(value: string | null): string {
  if (value === null) return "";
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The BOM makes spreadsheet programs read the file as UTF-8 (Korean labels, names). */
export function csvHeader(): string {
  return `\uFEFF${COLUMNS.join(",")}\r\n`;
}

export function csvRow(event: TAuditEventItem): string {
  const row = plain(event);
  return `${COLUMNS.map((c) => csvCell(c === "data" ? canonicalJson(row.data) : row[c])).join(",")}\r\n`;
}

export function jsonLine(event: TAuditEventItem): string {
  return `${JSON.stringify(plain(event))}\n`;
}

export const AUDIT_EXPORT_CONTENT_TYPES: Record<TAuditExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  jsonl: "application/jsonl; charset=utf-8",
};
