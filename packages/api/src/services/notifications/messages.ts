import type { TNotificationEventType } from "./events.ts";

/**
 * Email texts in every language Stackvend speaks (User.locale), typed so a
 * missing text or placeholder fails the type check. `{name}` placeholders are
 * filled by `fill`; values are escaped for HTML where they go into HTML.
 */

export const EMAIL_LOCALES = ["en", "ko"] as const;
export type TEmailLocale = (typeof EMAIL_LOCALES)[number];

export function emailLocale(locale: string | null | undefined): TEmailLocale {
  const base = locale?.toLowerCase().split(/[-_]/)[0];
  return (EMAIL_LOCALES as readonly string[]).includes(base ?? "") ? (base as TEmailLocale) : "en";
}

interface TEventTexts {
  subject: string;
  intro: string;
}

interface TMessages {
  events: Record<TNotificationEventType, TEventTexts>;
  product: string;
  stack: string;
  requester: string;
  stage: string;
  comment: string;
  action: string;
  footer: string;
  testSubject: string;
  testBody: string;
}

export const EMAIL_MESSAGES: Record<TEmailLocale, TMessages> = {
  en: {
    events: {
      "request.submitted": {
        subject: "{reference} waits for your approval: {product}",
        intro: "{requester} requested {product} ({stack}). You may decide the stage {stage}.",
      },
      "request.stage-reached": {
        subject: "{reference} reached {stage} and waits for your approval",
        intro:
          "{requester}'s request for {product} ({stack}) reached the stage {stage}, which you may decide.",
      },
      "request.reminder": {
        subject: "Reminder: {reference} still waits for your approval",
        intro: "{requester}'s request for {product} ({stack}) has been waiting at the stage {stage}.",
      },
      "request.approved": {
        subject: "{reference} approved: {product}",
        intro: "Your request for {product} ({stack}) was approved. Its template is ready to export.",
      },
      "request.auto-approved": {
        subject: "{reference} auto-approved: {product}",
        intro: "Your request for {product} ({stack}) met its auto-approval conditions and was approved.",
      },
      "request.rejected": {
        subject: "{reference} rejected: {product}",
        intro: "Your request for {product} ({stack}) was rejected.",
      },
      "request.changes-requested": {
        subject: "{reference}: changes requested",
        intro: "Changes were requested on your request for {product} ({stack}). Edit it and submit it again.",
      },
      "request.expired": {
        subject: "{reference} expired: {product}",
        intro: "Your request for {product} ({stack}) was not decided in time and expired.",
      },
    },
    product: "Product",
    stack: "Stack",
    requester: "Requested by",
    stage: "Stage",
    comment: "Comment",
    action: "Open the request",
    footer: "You get this email from Stackvend. Choose which emails you get in your notification settings.",
    testSubject: "Stackvend test email",
    testBody: "Email from Stackvend works: this is the test message an administrator sent.",
  },
  ko: {
    events: {
      "request.submitted": {
        subject: "{reference} 승인 대기: {product}",
        intro: "{requester}님이 {product}({stack})을(를) 요청했습니다. {stage} 단계를 결정할 수 있습니다.",
      },
      "request.stage-reached": {
        subject: "{reference}이(가) {stage} 단계에서 승인을 기다립니다",
        intro: "{requester}님의 {product}({stack}) 요청이 결정하실 수 있는 {stage} 단계에 도달했습니다.",
      },
      "request.reminder": {
        subject: "알림: {reference}이(가) 아직 승인을 기다립니다",
        intro: "{requester}님의 {product}({stack}) 요청이 {stage} 단계에서 기다리고 있습니다.",
      },
      "request.approved": {
        subject: "{reference} 승인됨: {product}",
        intro: "{product}({stack}) 요청이 승인되었습니다. 템플릿을 내보낼 수 있습니다.",
      },
      "request.auto-approved": {
        subject: "{reference} 자동 승인됨: {product}",
        intro: "{product}({stack}) 요청이 자동 승인 조건을 충족하여 승인되었습니다.",
      },
      "request.rejected": {
        subject: "{reference} 반려됨: {product}",
        intro: "{product}({stack}) 요청이 반려되었습니다.",
      },
      "request.changes-requested": {
        subject: "{reference}: 변경 요청",
        intro: "{product}({stack}) 요청에 변경이 요청되었습니다. 수정한 뒤 다시 제출하세요.",
      },
      "request.expired": {
        subject: "{reference} 만료됨: {product}",
        intro: "{product}({stack}) 요청이 기한 안에 결정되지 않아 만료되었습니다.",
      },
    },
    product: "제품",
    stack: "스택",
    requester: "요청자",
    stage: "단계",
    comment: "의견",
    action: "요청 열기",
    footer: "Stackvend에서 보낸 이메일입니다. 받을 이메일은 알림 설정에서 고를 수 있습니다.",
    testSubject: "Stackvend 테스트 이메일",
    testBody: "Stackvend 이메일이 작동합니다. 관리자가 보낸 테스트 메시지입니다.",
  },
};

/** Replaces `{name}` with values[name]; unknown names are left as they are. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
