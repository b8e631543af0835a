import { absoluteLink, type TNotificationEvent } from "./events.ts";
import { EMAIL_MESSAGES, fill, type TEmailLocale } from "./messages.ts";

export interface TRenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** One event as an email in the recipient's language: plain text and HTML with the same content. */
export function renderEventEmail(
  event: TNotificationEvent,
  locale: TEmailLocale,
  baseUrl: string,
): TRenderedEmail {
  const m = EMAIL_MESSAGES[locale];
  const { request } = event;
  const values = {
    reference: request.reference,
    product: request.product.name,
    stack: request.stackName,
    requester: request.requester.name,
    stage: request.stageName ?? String(request.stage),
  };
  const texts = m.events[event.type];
  const subject = fill(texts.subject, values).replace(/[\r\n]+/g, " ");
  const intro = fill(texts.intro, values);
  const link = absoluteLink(baseUrl, event.type, request.id);
  const rows: [string, string][] = [
    [m.product, `${request.product.name} (${request.portfolio.name})`],
    [m.stack, request.stackName],
    [m.requester, `${request.requester.name} <${request.requester.email}>`],
    ...(request.stageName ? ([[m.stage, request.stageName]] as [string, string][]) : []),
    ...(event.comment ? ([[m.comment, event.comment]] as [string, string][]) : []),
  ];
  const text = [
    intro,
    "",
    ...rows.map(([k, v]) => `${k}: ${v}`),
    "",
    `${m.action}: ${link}`,
    "",
    "--",
    m.footer,
  ].join("\n");
  const html = `<!doctype html>
<html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(intro)}</p>
<table cellpadding="4">${rows
    .map(([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
    .join("")}</table>
<p><a href="${escapeHtml(link)}">${escapeHtml(m.action)}</a></p>
<p style="color:#666;font-size:12px">${escapeHtml(m.footer)}</p>
</body></html>`;
  return { subject, text, html };
}

export function renderTestEmail(locale: TEmailLocale, baseUrl: string): TRenderedEmail {
  const m = EMAIL_MESSAGES[locale];
  return {
    subject: m.testSubject,
    text: `${m.testBody}\n\n${baseUrl}`,
    html: `<p>${escapeHtml(m.testBody)}</p><p><a href="${escapeHtml(baseUrl)}">${escapeHtml(baseUrl)}</a></p>`,
  };
}
