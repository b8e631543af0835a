import { describe, expect, it } from "vitest";
import { canonicalJson, toJsonValue } from "./canonical-json.ts";

describe("canonicalJson", () => {
  it("sorts keys at every depth and writes no whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [true, null], c: "x" } })).toBe(
      '{"a":{"c":"x","d":[true,null]},"b":1}',
    );
  });

  it("gives one encoding whatever the key order", () => {
    expect(canonicalJson({ x: 1, y: { p: 1, q: 2 } })).toBe(canonicalJson({ y: { q: 2, p: 1 }, x: 1 }));
  });

  it("sorts by UTF-16 code units, not by locale or length like jsonb", () => {
    expect(canonicalJson({ b: 0, aa: 0, B: 0, é: 0, "😀": 0, 가: 0 })).toBe(
      '{"B":0,"aa":0,"b":0,"é":0,"가":0,"😀":0}',
    );
  });

  it("writes numbers and strings as JSON.stringify does", () => {
    expect(canonicalJson([1.5, -0, 1e21, 0.1 + 0.2, 'a"b\\c\n\u0001', "한글"])).toBe(
      '[1.5,0,1e+21,0.30000000000000004,"a\\"b\\\\c\\n\\u0001","한글"]',
    );
  });

  it("refuses values JSON cannot hold instead of dropping them", () => {
    expect(() => canonicalJson({ a: undefined })).toThrow(TypeError);
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
    expect(() => canonicalJson({ at: new Date(0) })).toThrow(TypeError);
    expect(() => canonicalJson(1n)).toThrow(TypeError);
  });
});

describe("toJsonValue", () => {
  it("is what jsonb gives back: dates as ISO strings, undefined properties gone", () => {
    expect(toJsonValue({ at: new Date("2026-01-02T03:04:05Z"), gone: undefined, list: [undefined] })).toEqual(
      {
        at: "2026-01-02T03:04:05.000Z",
        list: [null],
      },
    );
  });
});
