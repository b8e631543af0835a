import { parseTemplate, renderTemplate, reportSource, type TTemplate } from "@stackvend/cfn";
import { afterAll, describe, expect, it } from "vitest";
import { largeTemplate } from "@stackvend/cfn/testing";
import { useEngineBuild } from "../../testing/engine-build.ts";
import {
  POOLED_SOURCE_CHARS,
  closeEnginePool,
  enginePoolAvailable,
  renderOnWorker,
  renderStoredTemplate,
  reportOnWorker,
  reportTemplateSource,
} from "./engine-pool.ts";

useEngineBuild();
afterAll(closeEnginePool);

/** The longest the event loop went without running a 5 ms timer while `work` was pending. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(longest, performance.now() - last);
}

const large = largeTemplate(12_000);

function parsed(source: string): TTemplate {
  const result = parseTemplate(source);
  if (!result.ok) throw new Error("the generated template does not parse");
  return result.value;
}

/** What crosses back from a worker: the rendered bytes and notes, not the engine's body. */
function acrossThreads(result: ReturnType<typeof renderTemplate>) {
  if (!result.ok) return result;
  const { body: _body, ...rendered } = result.value;
  return { ok: true, value: rendered };
}

const order = {
  values: { Env: "prod" },
  tags: { team: "core" },
  stackName: "big-stack",
  provenance: { product: "queues", productVersion: "1.0.0", versionDigest: "d".repeat(64), request: "REQ-7" },
};

describe("the engine worker pool", () => {
  it("is built and used for a large source", () => {
    expect(large.length).toBeGreaterThan(POOLED_SOURCE_CHARS);
    expect(enginePoolAvailable()).toBe(true);
  });

  it("answers exactly what the engine answers inline, for a large and a small source, findings included", async () => {
    const broken = "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties: {Nope: 1}\n";
    for (const source of [large, broken, "Resources: [unclosed\n"]) {
      const options = { describe: true };
      expect(await reportOnWorker(source, options)).toEqual(reportSource(source, options));
    }
  }, 60_000);

  it("keeps the event loop free while a 12,000-resource template is analysed", async () => {
    await reportTemplateSource(large, { describe: true }); // threads started, the specification loaded
    const stall = await longestStall(() => reportTemplateSource(large, { describe: true }));
    expect(stall).toBeLessThan(250); // inline: the whole analysis, 1-3 s
  }, 60_000);

  it("renders an order of a large stored template exactly as inline, errors included", async () => {
    const template = parsed(large);
    expect(await renderOnWorker(large, order)).toEqual(acrossThreads(renderTemplate({ ...order, template })));
    const refused = { ...order, values: { Env: ["a", "b"] } };
    const inline = renderTemplate({ ...refused, template });
    expect(inline.ok).toBe(false);
    expect(await renderOnWorker(large, refused)).toEqual(inline);
  }, 60_000);

  it("keeps the event loop free while an order of a 12,000-resource template is rendered", async () => {
    const template = parsed(large);
    await renderStoredTemplate(large, template, order);
    const stall = await longestStall(() => renderStoredTemplate(large, template, order));
    expect(stall).toBeLessThan(250); // inline: the whole render, about 1 s
  }, 60_000);
});
