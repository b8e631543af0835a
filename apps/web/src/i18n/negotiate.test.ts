import { describe, expect, it } from "vitest";
import { negotiateLocale, parseAcceptLanguage } from "./negotiate";

describe("negotiateLocale", () => {
  it("prefers a valid cookie over the browser", () => {
    expect(negotiateLocale("ko", "en-US,en;q=0.9")).toBe("ko");
    expect(negotiateLocale("en", "ko-KR,ko;q=0.9")).toBe("en");
  });

  it("ignores an unknown cookie value", () => {
    expect(negotiateLocale("fr", "ko-KR")).toBe("ko");
    expect(negotiateLocale("../../etc", null)).toBe("en");
  });

  it("matches by primary subtag", () => {
    expect(negotiateLocale(undefined, "ko-KR,ko;q=0.9,en-US;q=0.8")).toBe("ko");
    expect(negotiateLocale(undefined, "en-GB")).toBe("en");
  });

  it("honours quality values, not only order", () => {
    expect(negotiateLocale(undefined, "en;q=0.5,ko;q=0.8")).toBe("ko");
    expect(negotiateLocale(undefined, "ko;q=0.1,en")).toBe("en");
  });

  it("skips unsupported languages", () => {
    expect(negotiateLocale(undefined, "fr-FR,de;q=0.9,ko;q=0.5")).toBe("ko");
  });

  it("falls back to English", () => {
    expect(negotiateLocale(undefined, undefined)).toBe("en");
    expect(negotiateLocale(undefined, "")).toBe("en");
    expect(negotiateLocale(undefined, "fr,de")).toBe("en");
    expect(negotiateLocale(undefined, "*")).toBe("en");
    expect(negotiateLocale(undefined, "ko;q=0")).toBe("en");
  });

  it("survives malformed headers", () => {
    expect(negotiateLocale(undefined, ";;;,,,q=abc")).toBe("en");
    expect(negotiateLocale(undefined, "ko;q=zz")).toBe("en");
  });
});

describe("parseAcceptLanguage", () => {
  it("orders by quality then position", () => {
    expect(parseAcceptLanguage("en;q=0.8, ko, fr;q=0.8").map((r) => r.tag)).toEqual(["ko", "en", "fr"]);
  });
});
