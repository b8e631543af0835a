import { describe, expect, it } from "vitest";
import { catalogAdminFixtures, S3_V2_TEMPLATE } from "../src/testing/catalog-admin.ts";
import { ADMIN, APPROVER, failure, useSeededDatabase } from "../src/testing/integration.ts";

const database = useSeededDatabase();
const { db, as } = database;
const { ids, createProduct } = catalogAdminFixtures(database);

describe("constraints", () => {
  async function pair() {
    const { developmentId } = await ids();
    const product = await createProduct([developmentId], S3_V2_TEMPLATE);
    return { portfolioId: developmentId, productId: product.id };
  }

  it("PARAMETER_VALUES narrows a parameter; setting again replaces it; list and remove", async () => {
    const admin = await as(ADMIN);
    const p = await pair();
    const set = await admin.constraints.set({
      ...p,
      kind: "PARAMETER_VALUES",
      definition: { parameters: [{ parameter: "Team", allowedValues: ["platform"] }] },
      description: "Platform only",
    });
    expect(set).toMatchObject({ kind: "PARAMETER_VALUES", description: "Platform only" });
    await admin.constraints.set({
      ...p,
      kind: "PARAMETER_VALUES",
      definition: { parameters: [{ parameter: "BucketPurpose", allowedPattern: "^team-.*$" }] },
    });
    const { items } = await admin.constraints.list(p);
    expect(items).toHaveLength(1);
    expect(items[0]?.definition).toEqual({
      parameters: [{ parameter: "BucketPurpose", allowedPattern: "^team-.*$" }],
    });
    await admin.constraints.remove({ id: items[0]!.id });
    expect((await admin.constraints.list(p)).items).toEqual([]);
    expect((await failure(admin.constraints.remove({ id: items[0]!.id }))).code).toBe("NOT_FOUND");
    const actions = await db().prisma.auditEvent.findMany({
      where: { objectId: set.id },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "constraint.create",
      "constraint.update",
      "constraint.remove",
    ]);
  });

  it("PARAMETER_VALUES: the parameter must exist and values may only narrow the template's AllowedValues", async () => {
    const admin = await as(ADMIN);
    const p = await pair();
    const missing = await failure(
      admin.constraints.set({
        ...p,
        kind: "PARAMETER_VALUES",
        definition: { parameters: [{ parameter: "Nope", allowedValues: ["a"] }] },
      }),
    );
    expect(missing).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: {
        "definition.parameters.0.parameter": [expect.stringMatching(/Nope is not a parameter/)],
      },
    });
    const widened = await failure(
      admin.constraints.set({
        ...p,
        kind: "PARAMETER_VALUES",
        definition: { parameters: [{ parameter: "Team", allowedValues: ["platform", "marketing"] }] },
      }),
    );
    expect(widened.fieldErrors["definition.parameters.0.allowedValues"]?.[0]).toMatch(
      /marketing.*only narrow/,
    );
    const emptied = await failure(
      admin.constraints.set({
        ...p,
        kind: "PARAMETER_VALUES",
        definition: { parameters: [{ parameter: "BucketPurpose", allowedValues: ["NOT VALID"] }] },
      }),
    );
    expect(emptied.fieldErrors["definition.parameters.0.allowedValues"]?.[0]).toMatch(/leaves no value/);
    const shape = await failure(
      admin.constraints.set({
        ...p,
        kind: "PARAMETER_VALUES",
        definition: { parameters: [{ parameter: "Team" }] },
      }),
    );
    expect(shape.fieldErrors["definition.parameters.0.allowedValues"]?.[0]).toMatch(
      /allowedValues or allowedPattern/,
    );
    const badPattern = await failure(
      admin.constraints.set({
        ...p,
        kind: "PARAMETER_VALUES",
        definition: { parameters: [{ parameter: "Team", allowedPattern: "([" }] },
      }),
    );
    expect(badPattern.fieldErrors["definition.parameters.0.allowedPattern"]?.[0]).toMatch(
      /regular expression/,
    );
  });

  it("TEMPLATE_RULES accepts CloudFormation Rules and refuses malformed ones", async () => {
    const admin = await as(ADMIN);
    const p = await pair();
    const rules = {
      TeamRule: {
        Assertions: [
          {
            Assert: { "Fn::Equals": [{ Ref: "Team" }, "platform"] },
            AssertDescription: "Only the platform team",
          },
        ],
      },
    };
    await expect(
      admin.constraints.set({ ...p, kind: "TEMPLATE_RULES", definition: { rules } }),
    ).resolves.toMatchObject({
      kind: "TEMPLATE_RULES",
    });
    const noAssertions = await failure(
      admin.constraints.set({
        ...p,
        kind: "TEMPLATE_RULES",
        definition: { rules: { Broken: { RuleCondition: true } } },
      }),
    );
    expect(Object.keys(noAssertions.fieldErrors)[0]).toMatch(/^definition\.rules\.Broken\.Assertions/);
    const badFunction = await failure(
      admin.constraints.set({
        ...p,
        kind: "TEMPLATE_RULES",
        definition: { rules: { Odd: { Assertions: [{ Assert: { "Fn::Nope": [] } }] } } },
      }),
    );
    expect(badFunction.fieldErrors["definition.rules.Odd"]?.[0]).toMatch(/Odd/);
  });

  it("REQUIRED_TAGS keys must exist in the TagOption library", async () => {
    const admin = await as(ADMIN);
    const p = await pair();
    await expect(
      admin.constraints.set({
        ...p,
        kind: "REQUIRED_TAGS",
        definition: { keys: ["CostCenter", "Environment"] },
      }),
    ).resolves.toMatchObject({ kind: "REQUIRED_TAGS" });
    const unknown = await failure(
      admin.constraints.set({ ...p, kind: "REQUIRED_TAGS", definition: { keys: ["Nope"] } }),
    );
    expect(unknown.fieldErrors["definition.keys.0"]?.[0]).toMatch(/TagOption library/);
    const empty = await failure(
      admin.constraints.set({ ...p, kind: "REQUIRED_TAGS", definition: { keys: [] } }),
    );
    expect(empty.fieldErrors["definition.keys"]?.[0]).toMatch(/at least one/);
  });

  it("APPROVAL_POLICY: 1 to 5 ordered stages, each from a group that can approve", async () => {
    const admin = await as(ADMIN);
    const p = await pair();
    await expect(
      admin.constraints.set({
        ...p,
        kind: "APPROVAL_POLICY",
        definition: {
          stages: [
            { name: "Leads", approverGroup: "Approvers", required: 2 },
            { name: "Admins", approverGroup: "Admins", required: "ALL" },
          ],
          autoApprove: { kinds: ["PROVISION"], maxMonthlyCost: 25 },
          expireAfterDays: 14,
          remindAfterHours: 24,
        },
      }),
    ).resolves.toMatchObject({ kind: "APPROVAL_POLICY" });
    const stage = { name: "Review", required: 1 };
    const tooMany = await failure(
      admin.constraints.set({
        ...p,
        kind: "APPROVAL_POLICY",
        definition: { stages: [stage, stage, stage, stage, stage, stage] },
      }),
    );
    expect(tooMany.fieldErrors["definition.stages"]?.[0]).toMatch(/at most 5 stages/);
    const none = await failure(
      admin.constraints.set({ ...p, kind: "APPROVAL_POLICY", definition: { stages: [] } }),
    );
    expect(none.fieldErrors["definition.stages"]?.[0]).toMatch(/at least one stage/);
    const groups = await failure(
      admin.constraints.set({
        ...p,
        kind: "APPROVAL_POLICY",
        definition: {
          stages: [
            { name: "Nobody", approverGroup: "Nobody", required: 1 },
            { name: "Developers", approverGroup: "Dev", required: 1 },
          ],
        },
      }),
    );
    expect(groups.fieldErrors["definition.stages.0.approverGroup"]?.[0]).toMatch(/no group named Nobody/);
    expect(groups.fieldErrors["definition.stages.1.approverGroup"]?.[0]).toMatch(/cannot approve/);
    const bad = await failure(
      admin.constraints.set({
        ...p,
        kind: "APPROVAL_POLICY",
        definition: {
          stages: [{ name: "Everyone", required: "ALL" }],
          autoApprove: { parameters: [{ parameter: "NoSuchParameter", values: ["x"] }], maxMonthlyCost: -1 },
          expireAfterDays: 0,
        },
      }),
    );
    expect(bad.fieldErrors["definition.stages.0.required"]?.[0]).toMatch(/needs an approver group/);
    expect(bad.fieldErrors["definition.autoApprove.maxMonthlyCost"]?.[0]).toMatch(/at least 0/);
    expect(bad.fieldErrors["definition.expireAfterDays"]?.[0]).toMatch(/at least 1/);
    const unknown = await failure(
      admin.constraints.set({
        ...p,
        kind: "APPROVAL_POLICY",
        definition: {
          stages: [stage],
          autoApprove: { parameters: [{ parameter: "NoSuchParameter", values: ["x"] }] },
        },
      }),
    );
    expect(unknown.fieldErrors["definition.autoApprove.parameters.0.parameter"]?.[0]).toMatch(
      /not a parameter of any active version/,
    );
  });

  it("portfolios.setDefaultApprovalPolicy checks the policy like a constraint and clears with null", async () => {
    const admin = await as(ADMIN);
    const { portfolioId } = await pair();
    const definition = { stages: [{ name: "Leads", approverGroup: "Approvers", required: 1 }] };
    await expect(admin.portfolios.setDefaultApprovalPolicy({ id: portfolioId, definition })).resolves.toEqual(
      {
        id: portfolioId,
        defaultApprovalPolicy: definition,
      },
    );
    expect((await admin.portfolios.get({ id: portfolioId })).defaultApprovalPolicy).toEqual(definition);
    const bad = await failure(
      admin.portfolios.setDefaultApprovalPolicy({
        id: portfolioId,
        definition: { stages: [{ name: "", approverGroup: "Nobody", required: 1 }] },
      }),
    );
    expect(bad.fieldErrors["definition.stages.0.name"]?.[0]).toMatch(/must name the stage/);
    const missing = await failure(
      admin.portfolios.setDefaultApprovalPolicy({ id: "no-such", definition: null }),
    );
    expect(missing.code).toBe("NOT_FOUND");
    await admin.portfolios.setDefaultApprovalPolicy({ id: portfolioId, definition: null });
    expect((await admin.portfolios.get({ id: portfolioId })).defaultApprovalPolicy).toBeNull();
    expect(
      (
        await failure(
          (await as(APPROVER)).portfolios.setDefaultApprovalPolicy({ id: portfolioId, definition: null }),
        )
      ).code,
    ).toBe("FORBIDDEN");
  });

  it("LAUNCH_ROLE must be an IAM role ARN", async () => {
    const admin = await as(ADMIN);
    const p = await pair();
    await expect(
      admin.constraints.set({
        ...p,
        kind: "LAUNCH_ROLE",
        definition: { roleArn: "arn:aws:iam::123456789012:role/service/StackvendLaunch" },
      }),
    ).resolves.toMatchObject({ kind: "LAUNCH_ROLE" });
    const bad = await failure(
      admin.constraints.set({
        ...p,
        kind: "LAUNCH_ROLE",
        definition: { roleArn: "arn:aws:iam::123:user/bob" },
      }),
    );
    expect(bad.fieldErrors["definition.roleArn"]?.[0]).toMatch(/IAM role ARN/);
  });

  it("the product must be in the portfolio", async () => {
    const admin = await as(ADMIN);
    const { productionId } = await ids();
    const product = await createProduct();
    const error = await failure(
      admin.constraints.set({
        portfolioId: productionId,
        productId: product.id,
        kind: "LAUNCH_ROLE",
        definition: { roleArn: "arn:aws:iam::123456789012:role/x" },
      }),
    );
    expect(error).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { productId: [expect.stringMatching(/not in this portfolio/)] },
    });
    const unknown = await failure(
      admin.constraints.set({
        portfolioId: "nope",
        productId: product.id,
        kind: "LAUNCH_ROLE",
        definition: { roleArn: "x" },
      }),
    );
    expect(unknown.code).toBe("NOT_FOUND");
  });
});
