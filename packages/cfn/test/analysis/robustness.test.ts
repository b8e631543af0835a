/**
 * Property tests: whatever a template body contains (uploads are untrusted),
 * the analysis functions return data and never throw, and their results keep
 * their basic invariants.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateMonthlyCost } from "../../src/cost/index.ts";
import { diffTemplates } from "../../src/diff/index.ts";
import { buildResourceGraph } from "../../src/graph/index.ts";
import type { TJson, TJsonObject } from "../../src/model.ts";
import { templateFromBody } from "../../src/template.ts";
import { loadSpec, validateTemplate } from "../../src/validate/index.ts";

const names = fc.constantFrom(
  "A",
  "B",
  "Q",
  "P",
  "AWS::Region",
  "Nope",
  "C.Arn",
  "Fn::ForEach::X",
  "constructor",
  "toString",
  "__proto__",
);
const leaf: fc.Arbitrary<TJson> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  names,
  fc.string({ maxLength: 12 }),
);
const intrinsic = (value: fc.Arbitrary<TJson>): fc.Arbitrary<TJson> =>
  fc.oneof(
    names.map((n) => ({ Ref: n })),
    fc.tuple(names, names).map(([a, b]) => ({ "Fn::GetAtt": [a, b] })),
    fc
      .oneof(
        fc.string(),
        names.map((n) => `\${${n}}-\${!x}`),
      )
      .map((s) => ({ "Fn::Sub": s })),
    fc.array(value, { maxLength: 4 }).map((args) => ({ "Fn::If": args })),
    fc.array(value, { maxLength: 4 }).map((args) => ({ "Fn::FindInMap": args })),
    value.map((v) => ({ Condition: v })),
  );
const { value } = fc.letrec<{ value: TJson }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    leaf,
    intrinsic(tie("value")),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(
      fc.oneof(
        names,
        fc.constantFrom(
          "Type",
          "Properties",
          "DependsOn",
          "Condition",
          "Value",
          "Export",
          "Name",
          "Default",
          "AllowedValues",
        ),
      ),
      tie("value"),
      { maxKeys: 4 },
    ),
  ),
}));
const type = fc.constantFrom(
  "AWS::S3::Bucket",
  "AWS::EC2::Instance",
  "AWS::SQS::Queue",
  "Custom::X",
  "AWS::Nope::Nope",
  "A::B::C::MODULE",
  "AWS::CloudFormation::Stack",
  "AWS::RDS::DBInstance",
);
const resource = fc.record(
  { Type: type, Properties: value, DependsOn: value, Condition: value },
  { requiredKeys: ["Type"] },
);
const body: fc.Arbitrary<TJsonObject> = fc.record(
  {
    Transform: fc.oneof(value, fc.constantFrom("AWS::Serverless-2016-10-31", "AWS::LanguageExtensions")),
    Parameters: fc.dictionary(names, value, { maxKeys: 3 }),
    Mappings: value,
    Conditions: fc.dictionary(names, value, { maxKeys: 3 }),
    Resources: fc.oneof(fc.dictionary(names, fc.oneof(resource, value), { maxKeys: 5 }), value),
    Outputs: fc.dictionary(names, value, { maxKeys: 3 }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<TJsonObject>;

describe("analysis never throws on arbitrary bodies", () => {
  const spec = loadSpec();

  it("validateTemplate returns well-formed findings", () => {
    fc.assert(
      fc.property(body, (b) => {
        for (const f of validateTemplate(templateFromBody(b), { spec })) {
          expect(f.id).toMatch(/^SV-[EW]\d{4}$/);
          expect(["error", "warning"]).toContain(f.severity);
          expect(f.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("diffTemplates of a body with itself is empty; with another body it does not throw", () => {
    fc.assert(
      fc.property(body, body, (a, b) => {
        expect(
          diffTemplates(templateFromBody(a), templateFromBody(structuredClone(a)), { spec }).unchanged,
        ).toBe(true);
        diffTemplates(templateFromBody(a), templateFromBody(b), { spec });
      }),
      { numRuns: 200 },
    );
  });

  it("graph edges join existing nodes; cost totals are sums of items", () => {
    fc.assert(
      fc.property(body, (b) => {
        const g = buildResourceGraph(templateFromBody(b), { includeParameters: true });
        const ids = new Set(g.nodes.map((n) => n.id));
        for (const e of g.edges) expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
        const c = estimateMonthlyCost(templateFromBody(b));
        expect(c.totalMonthly).toBeCloseTo(
          c.items.reduce((s, i) => s + i.monthly, 0),
          2,
        );
        expect(c.items.every((i) => Number.isFinite(i.monthly) && i.monthly >= 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("template keys that collide with Object.prototype", () => {
  it("are data, not inherited members", () => {
    const body = JSON.parse(
      '{"Mappings":{"M":{"a":{"b":"t3.micro"}}},"Parameters":{"constructor":{"Type":"String","Default":"toString"}},' +
        '"Resources":{"toString":{"Type":"AWS::EC2::Instance","Properties":{"InstanceType":{"Ref":"constructor"},"ImageId":"ami-1"}},' +
        '"B":{"Type":"AWS::SQS::Queue","Properties":{"QueueName":{"Fn::FindInMap":["M","constructor","b"]}}}}}',
    ) as TJsonObject;
    expect(validateTemplate(templateFromBody(body)).map((f) => f.id)).toEqual(["SV-E1011"]);
    expect(estimateMonthlyCost(templateFromBody(body)).notEstimated.map((n) => n.reason)).toEqual([
      "no price for instance type 'toString' in the bundled table",
      "usage-based: not estimated",
    ]);
    const other = JSON.parse('{"Resources":{"constructor":{"Type":"AWS::SQS::Queue"}}}') as TJsonObject;
    expect(
      diffTemplates(templateFromBody({ Resources: {} }), templateFromBody(other)).resources.added,
    ).toEqual([{ logicalId: "constructor", type: "AWS::SQS::Queue" }]);
  });
});
