import fc from "fast-check";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { largeTemplate } from "@stackvend/cfn/testing";
import { reportSource } from "@stackvend/cfn";
import { transformer } from "./transformer.ts";

/** What `serialize` does with `value`: the text it writes, or the message it throws. */
function outcome(serialize: (value: unknown) => unknown, value: unknown): string {
  try {
    return JSON.stringify(serialize(value));
  } catch (error) {
    return `throws ${(error as Error).message}`;
  }
}

function expectSameAsSuperjson(value: unknown) {
  const theirs = outcome((v) => superjson.serialize(v), value);
  const ours = outcome((v) => transformer.serialize(v), value);
  // Keys superjson refuses as a pollution risk (`__proto__` among them) are refused the same way.
  expect(ours).toBe(theirs);
  if (theirs.startsWith("throws ")) return;
  // What a superjson client reads back from the wire.
  expect(superjson.deserialize(JSON.parse(ours) as never)).toEqual(
    superjson.deserialize(JSON.parse(theirs) as never),
  );
}

describe("the tRPC transformer", () => {
  it("writes exactly what superjson writes, for values that need its annotations and values that do not", () => {
    const own = JSON.parse('{"__proto__": {"x": 1}, "constructor": 2}') as unknown;
    for (const value of [
      null,
      "text",
      0,
      -0,
      1.5,
      NaN,
      Infinity,
      true,
      undefined,
      [1, undefined, 3],
      // eslint-disable-next-line no-sparse-arrays
      [1, , 3],
      { a: 1, b: { c: [null, "d"] } },
      { a: undefined },
      { when: new Date(0) },
      new Map([["k", 1]]),
      new Set([1]),
      10n,
      Object.assign(Object.create(null) as object, { a: 1 }),
      { nested: [{ deep: { at: new Date(5) } }] },
    ]) {
      expectSameAsSuperjson(value);
    }
    // Keys superjson refuses as a pollution risk are refused the same way.
    for (const guarded of [own, { constructor: 1 }, { prototype: [2] }]) {
      expect(() => superjson.serialize(guarded)).toThrow(/prototype pollution/);
      expect(() => transformer.serialize(guarded)).toThrow(/prototype pollution/);
    }
  });

  it("writes exactly what superjson writes for arbitrary values", () => {
    fc.assert(
      fc.property(
        fc.anything({ withDate: true, withMap: true, withSet: true, withBigInt: true }),
        (value) => {
          expectSameAsSuperjson(value);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("sends a 12,000-resource template's preview as superjson would, without its walk", () => {
    const report = reportSource(largeTemplate(12_000), { describe: true });
    const preview = {
      findings: report.findings,
      formModel: report.formModel,
      graph: report.graph,
      cost: report.cost,
    };
    expect(transformer.serialize(preview)).toEqual({ json: preview });
    expectSameAsSuperjson(preview);
  }, 60_000);
});
