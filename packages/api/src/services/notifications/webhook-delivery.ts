import { createHmac } from "node:crypto";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { absoluteLink, type TNotificationEvent } from "./events.ts";
import { renderEventEmail } from "./render-email.ts";
import { resolveWebhookTarget, type TResolver } from "./webhook-guard.ts";

export const SIGNATURE_HEADER = "Stackvend-Signature";

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`: the time is signed, so a replay shows its age. */
export function signWebhook(secret: string, body: string, unixSeconds: number): string {
  const v1 = createHmac("sha256", secret).update(`${unixSeconds}.${body}`).digest("hex");
  return `t=${unixSeconds},v1=${v1}`;
}

/** The body of a delivery: Stackvend's event JSON, or `{"text": …}` for Slack-compatible receivers. */
export function webhookBody(event: TNotificationEvent, format: "JSON" | "SLACK", baseUrl: string): string {
  const url = absoluteLink(baseUrl, "request.approved", event.request.id);
  if (format === "SLACK") {
    const { subject } = renderEventEmail(event, "en", baseUrl);
    const { request } = event;
    return JSON.stringify({
      text: `${subject}\n${request.product.name} · ${request.stackName} · ${request.requester.name}\n${url}`,
    });
  }
  return JSON.stringify({
    id: event.id,
    type: event.type,
    time: event.occurredAt,
    request: { ...event.request, url },
    actor: event.actor,
    comment: event.comment,
  });
}

export interface TWebhookRequest {
  url: string;
  body: string;
  secret: string;
  headers?: Record<string, string>;
  allowPrivate: boolean;
  timeoutMs: number;
  resolve?: TResolver;
  now?: () => Date;
}

export interface TWebhookResult {
  ok: boolean;
  status: number | null;
  error: string | null;
}

/**
 * One POST, signed, to a checked target: connects only to the addresses the
 * guard accepted, follows no redirect, and gives up after `timeoutMs`.
 * Never throws; says what happened.
 */
export async function postWebhook(req: TWebhookRequest): Promise<TWebhookResult> {
  let addresses: { address: string; family: number }[];
  try {
    addresses = await resolveWebhookTarget(req.url, { allowPrivate: req.allowPrivate, resolve: req.resolve });
  } catch (error) {
    return { ok: false, status: null, error: (error as Error).message };
  }
  const url = new URL(req.url);
  const t = Math.floor((req.now?.() ?? new Date()).getTime() / 1000);
  // The checked addresses, never a second lookup that could answer differently.
  const lookup: LookupFunction = (_host, options, callback) => {
    const usable = addresses.filter((a) => !options.family || a.family === options.family);
    if (options.all) (callback as (e: null, a: typeof usable) => void)(null, usable);
    else
      callback(null, usable[0]?.address ?? addresses[0]!.address, usable[0]?.family ?? addresses[0]!.family);
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise<TWebhookResult>((resolve) => {
    const request = client.request(
      url,
      {
        method: "POST",
        agent: false,
        lookup,
        signal: AbortSignal.timeout(req.timeoutMs),
        headers: {
          "content-type": "application/json",
          "user-agent": "Stackvend-Webhooks/1",
          "content-length": Buffer.byteLength(req.body).toString(),
          [SIGNATURE_HEADER]: signWebhook(req.secret, req.body, t),
          ...req.headers,
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          if (text.length < 500) text += chunk;
        });
        response.on("error", (error) => resolve({ ok: false, status, error: error.message }));
        response.on("end", () => {
          if (status >= 200 && status < 300) return resolve({ ok: true, status, error: null });
          const where = response.headers.location
            ? ` (redirect to ${response.headers.location} not followed)`
            : "";
          const snippet = text.trim().slice(0, 200);
          resolve({ ok: false, status, error: `HTTP ${status}${where}${snippet ? `: ${snippet}` : ""}` });
        });
      },
    );
    request.on("error", (error) => {
      const timedOut = error.name === "AbortError" || error.name === "TimeoutError";
      resolve({
        ok: false,
        status: null,
        error: timedOut ? `no answer within ${req.timeoutMs} ms` : error.message,
      });
    });
    request.end(req.body);
  });
}
