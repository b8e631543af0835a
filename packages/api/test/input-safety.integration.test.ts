import { describe, expect, it } from "vitest";
import { ADMIN, DEV, failure, unique, useSeededDatabase } from "../src/testing/integration.ts";

const { db, as } = useSeededDatabase();

/** NoEcho parameters of every shape, each with the constraints that can quote a value. */
const SECRETS_TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  SecretList:
    Type: CommaDelimitedList
    NoEcho: true
    AllowedValues: [alpha, beta]
  SecretNumber:
    Type: Number
    NoEcho: true
    MinValue: 10
    MaxValue: 99
  SecretString:
    Type: String
    NoEcho: true
    AllowedPattern: "^[a-z]+$"
    MaxLength: 12
  PlainList:
    Type: CommaDelimitedList
    Default: one
Resources:
  Topic:
    Type: AWS::SNS::Topic
`;

async function portfolioId(name: string) {
  return (await db().prisma.portfolio.findUniqueOrThrow({ where: { name } })).id;
}

/** A product with NoEcho parameters in Development, which the Dev requester may order. */
async function secretsProduct() {
  const slug = unique("secrets");
  const product = await (
    await as(ADMIN)
  ).products.create({
    slug,
    name: `Secrets ${slug}`,
    portfolioIds: [await portfolioId("Development")],
    version: { label: "1.0.0", source: SECRETS_TEMPLATE },
  });
  return { portfolioId: await portfolioId("Development"), productVersionId: product.versions[0]!.id };
}

/** Each case: values holding secrets, and the items of them that must appear in no error. */
const SECRET_CASES: { name: string; values: Record<string, string | string[]>; secrets: string[] }[] = [
  {
    name: "a list sent as one comma string",
    values: { SecretList: "alpha,zeta9" },
    secrets: ["alpha", "zeta9"],
  },
  { name: "a list sent as an array", values: { SecretList: ["beta", "zeta9"] }, secrets: ["beta", "zeta9"] },
  {
    name: "a list item with a comma",
    values: { SecretList: ["alpha", "be,ta"] },
    secrets: ["alpha", "be,ta"],
  },
  { name: "a number that is not one", values: { SecretNumber: "4e2x" }, secrets: ["4e2x"] },
  { name: "a number out of range", values: { SecretNumber: "123456" }, secrets: ["123456"] },
  { name: "a string off its pattern", values: { SecretString: "Zebra42" }, secrets: ["Zebra42"] },
  { name: "a string too long", values: { SecretString: "abcdefghijklmnop" }, secrets: ["abcdefghijklmnop"] },
];

describe("NoEcho values in errors", () => {
  for (const { name, values, secrets } of SECRET_CASES) {
    it(`orders.preview and orders.saveDraft report ${name} without any part of it`, async () => {
      const product = await secretsProduct();
      const dev = await as(DEV);
      const order = { ...product, stackName: unique("s"), values, tags: {} };
      const preview = await dev.orders.preview(order);
      expect(preview.valid).toBe(false);
      const previewErrors = JSON.stringify(preview.fieldErrors);
      const draft = await failure(dev.orders.saveDraft(order));
      expect(draft).toMatchObject({ code: "BAD_REQUEST", appCode: "INVALID_INPUT" });
      for (const secret of secrets) {
        expect(previewErrors).not.toContain(secret);
        expect(JSON.stringify(draft)).not.toContain(secret);
      }
    });
  }

  it("still names the parameter and the rule a secret breaks", async () => {
    const product = await secretsProduct();
    const draft = await failure(
      (await as(DEV)).orders.saveDraft({ ...product, values: { SecretList: "alpha,zeta9" } }),
    );
    expect(draft.fieldErrors["values.SecretList"]).toEqual([
      "SecretList: an item is not one of the allowed values (AllowedValues)",
    ]);
  });
});

describe("list items", () => {
  it("refuses a comma inside a list item, which CloudFormation would split", async () => {
    const product = await secretsProduct();
    const dev = await as(DEV);
    const order = { ...product, stackName: unique("s"), values: { PlainList: ["a", "b,c"] }, tags: {} };
    const draft = await failure(dev.orders.saveDraft(order));
    expect(draft.fieldErrors["values.PlainList"]?.[0]).toMatch(
      /PlainList: a list item cannot contain a comma.*\(ListItem\)/,
    );
    expect((await dev.orders.preview(order)).fieldErrors["values.PlainList"]).toBeDefined();
    const saved = await dev.orders.saveDraft({ ...order, values: { PlainList: ["a", "b"] } });
    expect(saved.values).toEqual({ PlainList: ["a", "b"] });
  });
});

const LONE_HIGH = "a\uD800b";
const LONE_LOW = "\uDC00";

describe("a lone UTF-16 surrogate in any text field", () => {
  it("is refused as BAD_REQUEST naming the field, and nothing is written", async () => {
    const product = await secretsProduct();
    const dev = await as(DEV);
    const base = { ...product, stackName: unique("s"), values: {}, tags: {} };
    const before = await db().prisma.request.count();
    const cases: [Record<string, unknown>, string][] = [
      [{ justification: `why ${LONE_HIGH}` }, "justification"],
      [{ values: { PlainList: LONE_LOW } }, "values.PlainList"],
      [{ values: { PlainList: ["ok", LONE_HIGH] } }, "values.PlainList.1"],
      [{ values: { SecretString: LONE_HIGH } }, "values.SecretString"],
      [{ tags: { [`Team${LONE_LOW}`]: "x" } }, `tags.Team${LONE_LOW}`],
      [{ tags: { Team: LONE_HIGH } }, "tags.Team"],
      [{ stackName: `web${LONE_HIGH}` }, "stackName"],
    ];
    for (const [change, field] of cases) {
      const refused = await failure(dev.orders.saveDraft({ ...base, ...change }));
      expect(refused).toMatchObject({
        code: "BAD_REQUEST",
        appCode: "INVALID_INPUT",
        message: `${field}: must not contain a lone UTF-16 surrogate (U+D800 to U+DFFF)`,
      });
      expect(refused.fieldErrors[field]).toHaveLength(1);
    }
    expect(await db().prisma.request.count()).toBe(before);
    const admin = await as(ADMIN);
    await expect(admin.portfolios.create({ name: `P${LONE_HIGH}` })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "name: must not contain a lone UTF-16 surrogate (U+D800 to U+DFFF)",
    });
    await expect(dev.catalog.search({ query: LONE_LOW })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("leaves proper surrogate pairs (emoji, rare CJK) alone", async () => {
    const portfolio = await (await as(ADMIN)).portfolios.create({ name: unique("Rockets 🚀 𠀋") });
    expect(portfolio.name).toContain("🚀 𠀋");
  });
});

/** Characters a reader cannot see, or that reorder what follows. */
const HIDDEN = {
  "a control character": "\u0007",
  "a bidirectional override": "\u202E",
  "a bidirectional isolate": "\u2066",
  "a zero-width space": "\u200B",
  "a zero-width joiner": "\u200D",
  "a byte-order mark": "\uFEFF",
};
const RULE = "must not contain control, bidirectional or zero-width characters";

describe("control, bidirectional and zero-width characters", () => {
  for (const [what, character] of Object.entries(HIDDEN)) {
    it(`refuses ${what} in tag keys and values of an order`, async () => {
      const product = await secretsProduct();
      const dev = await as(DEV);
      const base = { ...product, stackName: unique("s"), values: {} };
      const value = await failure(dev.orders.saveDraft({ ...base, tags: { Team: `pay${character}ments` } }));
      expect(value).toMatchObject({ code: "BAD_REQUEST", message: `tags.Team: ${RULE}` });
      const key = await failure(dev.orders.saveDraft({ ...base, tags: { [`Te${character}am`]: "x" } }));
      expect(key).toMatchObject({ code: "BAD_REQUEST", message: `tags: tag keys ${RULE}` });
      expect(key.message).not.toContain(character);
      const preview = await failure(dev.orders.preview({ ...base, tags: { Team: `x${character}y` } }));
      expect(preview.code).toBe("BAD_REQUEST");
    });

    it(`refuses ${what} in names and tag options`, async () => {
      const admin = await as(ADMIN);
      const name = `Pay${character}ments`;
      await expect(admin.portfolios.create({ name })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: `name: ${RULE}`,
      });
      const slug = unique("hidden");
      await expect(
        admin.products.create({
          slug,
          name,
          portfolioIds: [],
          version: { label: "1.0.0", source: SECRETS_TEMPLATE },
        }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST", message: `name: ${RULE}` });
      await expect(admin.tagOptions.create({ key: `Co${character}st`, value: "1" })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: `key: ${RULE}`,
      });
      await expect(admin.tagOptions.create({ key: "Cost", value: `1${character}2` })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: `value: ${RULE}`,
      });
      await expect(
        (await as(DEV)).orders.saveDraft({ ...(await secretsProduct()), stackName: `we${character}b` }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    });
  }

  it("keeps ordinary names in any script", async () => {
    const portfolio = await (await as(ADMIN)).portfolios.create({ name: unique("결제 팀 — Café") });
    expect(portfolio.name).toMatch(/^결제 팀 — Café/);
  });
});
