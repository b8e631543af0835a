import { linkPath, type TNotificationEventType } from "@stackvend/api/notification-events";

/** Message keys of each event (next-intl reads dots in a key as nesting). */
export const EVENT_MESSAGE_KEY = {
  "request.submitted": "submitted",
  "request.stage-reached": "stageReached",
  "request.reminder": "reminder",
  "request.approved": "approved",
  "request.auto-approved": "autoApproved",
  "request.rejected": "rejected",
  "request.changes-requested": "changesRequested",
  "request.expired": "expired",
} as const satisfies Record<TNotificationEventType, string>;

export interface TNotificationView {
  reference: string;
  product: string;
  stack: string;
  requester: string;
  actor: string | null;
  comment: string | null;
  /** Where opening it goes: always a path on this portal. */
  href: string;
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** A stored link is followed only when it is a path on this origin, never `//host` or a URL. */
function isLocalPath(value: string): boolean {
  return /^\/(?![/\\])/.test(value) && !value.includes("\\");
}

/**
 * What the inbox shows of one notification, read defensively from its stored
 * summary: rows outlive the shape they were written with.
 */
export function notificationView(row: {
  type: TNotificationEventType;
  requestId: string | null;
  data: unknown;
}): TNotificationView {
  const data = record(row.data);
  const request = record(data.request);
  const link = text(data.link);
  return {
    reference: text(request.reference) ?? "REQ",
    product: text(record(request.product).name) ?? "",
    stack: text(request.stackName) ?? "",
    requester: text(record(request.requester).name) ?? text(record(request.requester).email) ?? "",
    actor: text(record(data.actor).name),
    comment: text(data.comment),
    href:
      link && isLocalPath(link) ? link : row.requestId ? linkPath(row.type, row.requestId) : "/notifications",
  };
}
