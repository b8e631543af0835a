/**
 * How notifications leave the server, built once from the environment by the
 * app (apps/web/src/env.ts) and handed to the worker and the tRPC context.
 */
export interface TNotificationSettings {
  /** Absolute URL of the portal, for the links in emails and webhooks. */
  baseUrl: string;
  /** null: email is off. */
  mail: { smtpUrl: string; from: string } | null;
  webhooks: {
    /** Deliver to loopback, private and link-local addresses too (tests, closed networks). */
    allowPrivate: boolean;
    timeoutMs: number;
  };
}

export interface TNotificationSettingsInput {
  baseUrl: string;
  smtpUrl?: string;
  mailFrom?: string;
  allowPrivateWebhooks?: boolean;
  webhookTimeoutMs?: number;
}

export const DEFAULT_WEBHOOK_TIMEOUT_MS = 10_000;

/** Without a sender, mail comes from stackvend@ the portal's host (`localhost` → `stackvend.local`). */
export function defaultMailFrom(baseUrl: string): string {
  const host = new URL(baseUrl).hostname.replace(/^\[|\]$/g, "");
  const domain =
    host === "localhost" || /^[\d.:]+$/.test(host) || !host.includes(".") ? "stackvend.local" : host;
  return `Stackvend <stackvend@${domain}>`;
}

export function notificationSettings(input: TNotificationSettingsInput): TNotificationSettings {
  return {
    baseUrl: input.baseUrl,
    mail: input.smtpUrl
      ? { smtpUrl: input.smtpUrl, from: input.mailFrom || defaultMailFrom(input.baseUrl) }
      : null,
    webhooks: {
      allowPrivate: input.allowPrivateWebhooks ?? false,
      timeoutMs: input.webhookTimeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS,
    },
  };
}

/** Email off, private webhook targets refused: what a context without settings gets. */
export const NOTIFICATIONS_OFF: TNotificationSettings = notificationSettings({
  baseUrl: "http://localhost:3000",
});
