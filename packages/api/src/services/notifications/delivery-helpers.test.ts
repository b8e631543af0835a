import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { backoffDelay } from "./job-queue.ts";
import { EMAIL_MESSAGES, emailLocale } from "./messages.ts";
import { defaultMailFrom } from "./settings.ts";
import { signWebhook } from "./webhook-delivery.ts";

describe("backoffDelay", () => {
  const backoff = { baseMs: 1000, maxMs: 10_000 };
  it("doubles per attempt within half and all of the step, capped", () => {
    expect(backoffDelay(1, backoff, () => 0)).toBe(500);
    expect(backoffDelay(1, backoff, () => 1)).toBe(1000);
    expect(backoffDelay(3, backoff, () => 1)).toBe(4000);
    expect(backoffDelay(20, backoff, () => 1)).toBe(10_000);
    expect(backoffDelay(20, backoff, () => 0)).toBe(5000);
  });
});

describe("signWebhook", () => {
  it("signs `<t>.<body>` with HMAC-SHA256", () => {
    const expected = createHmac("sha256", "s3cret").update('1700000000.{"a":1}').digest("hex");
    expect(signWebhook("s3cret", '{"a":1}', 1_700_000_000)).toBe(`t=1700000000,v1=${expected}`);
  });
});

describe("email texts", () => {
  it("have every event in every language with the same placeholders", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [type, en] of Object.entries(EMAIL_MESSAGES.en.events)) {
      const ko = EMAIL_MESSAGES.ko.events[type as keyof typeof EMAIL_MESSAGES.ko.events];
      expect(placeholders(ko.subject)).toEqual(placeholders(en.subject));
      expect(placeholders(ko.intro)).toEqual(placeholders(en.intro));
    }
  });

  it("fall back to English", () => {
    expect(emailLocale("ko-KR")).toBe("ko");
    expect(emailLocale("fr")).toBe("en");
    expect(emailLocale(null)).toBe("en");
  });

  it("come from the portal's host without a configured sender", () => {
    expect(defaultMailFrom("https://catalog.example.com")).toBe("Stackvend <stackvend@catalog.example.com>");
    expect(defaultMailFrom("http://localhost:3000")).toBe("Stackvend <stackvend@stackvend.local>");
  });
});
