/**
 * The events Stackvend notifies about, and the summary of a request every
 * notification carries. A summary names the product, stack and requester and
 * never holds parameter values, so no NoEcho value can leave through it.
 */

export const NOTIFICATION_EVENT_TYPES = [
  "request.submitted",
  "request.stage-reached",
  "request.reminder",
  "request.approved",
  "request.auto-approved",
  "request.rejected",
  "request.changes-requested",
  "request.expired",
] as const;

export type TNotificationEventType = (typeof NOTIFICATION_EVENT_TYPES)[number];

/** Events for the people who decide the current stage; the others go to the requester. */
export const DECIDER_EVENTS: ReadonlySet<TNotificationEventType> = new Set([
  "request.submitted",
  "request.stage-reached",
  "request.reminder",
]);

export interface TRequestSummary {
  id: string;
  number: number;
  /** REQ-<number>, as the portal shows it. */
  reference: string;
  kind: string;
  status: string;
  stage: number;
  stageName: string | null;
  stackName: string;
  product: { id: string; slug: string; name: string };
  portfolio: { id: string; name: string };
  requester: { id: string; name: string; email: string };
}

export interface TNotificationEvent {
  /** Unique per event; the same in every delivery of it, so receivers can drop repeats. */
  id: string;
  type: TNotificationEventType;
  /** ISO 8601. */
  occurredAt: string;
  request: TRequestSummary;
  /** Who caused it (a decider), when a person did. */
  actor: { id: string; name: string } | null;
  /** The decider's comment on a decision. */
  comment: string | null;
  /** User ids notified (in-app, and by email unless they turned it off). */
  recipientIds: string[];
}

/** Where a recipient follows the link: deciders to the approval page, requesters to their request. */
export function linkPath(type: TNotificationEventType, requestId: string): string {
  return DECIDER_EVENTS.has(type) ? `/approvals/${requestId}` : `/requests/${requestId}`;
}

export function absoluteLink(baseUrl: string, type: TNotificationEventType, requestId: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${linkPath(type, requestId)}`;
}
