import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { commandOf, parseTemplate, verifyBundle, verifyEnvelope, type TEnvelope } from "@stackvend/cfn";
import { verifyAuditChain } from "@stackvend/db";
import { exportRequestFile } from "../src/http/export-request-file.ts";
import { processSigningKey, verifierFromPem } from "../src/services/artifacts/signing-key.ts";
import {
  ADMIN,
  APPROVER,
  DEV,
  DEV2,
  failure,
  unique,
  useSeededDatabase,
} from "../src/testing/integration.ts";

const { db, as } = useSeededDatabase();

const SECRET = "never-export-me-7f3a";
const ROLE_ARN = "arn:aws:iam::123456789012:role/service/StackvendLaunch";
const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Description: A queue with a worker role
Parameters:
  QueueName:
    Type: String
    Default: jobs
  Motto:
    Type: String
    Default: plain
  ApiKey:
    Type: String
    NoEcho: true
    MinLength: 8
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Ref QueueName
  WorkerRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: !Sub "\${QueueName}-worker"
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              Service: lambda.amazonaws.com
            Action: sts:AssumeRole
  ApiKeySecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      SecretString: !Ref ApiKey
`;
const VALUES = { QueueName: "orders", Motto: `a, b="c" d`, ApiKey: SECRET };
const TAGS = { team: "web shop", "cost-center": "R&D=42" };

const LINT = spawnSync("cfn-lint", ["--version"], { encoding: "utf8" }).status === 0;
if (!LINT) console.log("cfn-lint comparison skipped: cfn-lint is not on PATH");

/** Error-level cfn-lint findings per file, as rule id and path (lines differ between formats); one cfn-lint run. */
function lintErrors(files: Record<string, string>): Record<string, string[]> {
  const dir = mkdtempSync(join(tmpdir(), "stackvend-artifact-lint-"));
  try {
    const paths = Object.entries(files).map(([name, text]) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    });
    const run = spawnSync("cfn-lint", ["--format", "json", "--", ...paths], { encoding: "utf8" });
    const findings = JSON.parse(run.stdout || "[]") as {
      Rule: { Id: string };
      Level: string;
      Filename: string;
      Location: { Path?: unknown };
    }[];
    return Object.fromEntries(
      Object.keys(files).map((name) => [
        name,
        findings
          .filter((f) => f.Level === "Error" && f.Filename === join(dir, name))
          .map((f) => `${f.Rule.Id} ${JSON.stringify(f.Location.Path ?? [])}`),
      ]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sha256 = (text: string | Uint8Array) => createHash("sha256").update(text).digest("hex");
const verifier = verifierFromPem(processSigningKey().publicKeyPem);

async function product(policy?: Record<string, unknown>, source = TEMPLATE) {
  const admin = await as(ADMIN);
  const portfolioId = (await db().prisma.portfolio.findUniqueOrThrow({ where: { name: "Development" } })).id;
  const slug = unique("queue");
  const created = await admin.products.create({
    slug,
    name: `Queue ${slug}`,
    portfolioIds: [portfolioId],
    version: { label: "1.0.0", source },
  });
  const pair = { portfolioId, productId: created.id };
  await admin.constraints.set({ ...pair, kind: "LAUNCH_ROLE", definition: { roleArn: ROLE_ARN } });
  if (policy) await admin.constraints.set({ ...pair, kind: "APPROVAL_POLICY", definition: policy });
  return { portfolioId, versionId: created.versions[0]!.id };
}

async function submitted(policy?: Record<string, unknown>) {
  const p = await product(policy);
  const dev = await as(DEV);
  const draft = await dev.orders.saveDraft({
    portfolioId: p.portfolioId,
    productVersionId: p.versionId,
    stackName: unique("orders"),
    values: VALUES,
    tags: TAGS,
    justification: "Order queue",
  });
  return dev.orders.submit({ id: draft.id, expectedVersion: draft.version });
}

/** Submitted, opened by the approver (what they saw), approved on that digest. */
async function approved() {
  const request = await submitted();
  const approver = await as(APPROVER);
  const seen = await approver.approvals.get({ id: request.id });
  await approver.approvals.decide({
    id: request.id,
    decision: "APPROVE",
    comment: "",
    digest: seen.rendered!.digest!,
  });
  return { request, seen: seen.rendered! };
}

async function session(email: string) {
  const user = await db().prisma.user.findUniqueOrThrow({ where: { email } });
  return { sessionUserId: user.id, sessionVersion: user.sessionVersion };
}

async function download(email: string | null, id: string, file: string) {
  return exportRequestFile({
    db: db().prisma,
    headers: new Headers(),
    ...(email ? await session(email) : {}),
    id,
    file,
  });
}

describe("artifact at approval", () => {
  it("stores the bytes the approver saw, byte for byte, with their digest, and the other format with its own", async () => {
    const { request, seen } = await approved();
    const artifact = await db().prisma.artifact.findUniqueOrThrow({ where: { requestId: request.id } });
    expect(artifact.content).toBe(seen.source);
    expect(artifact.sha256).toBe(seen.digest);
    expect(artifact.sha256).toBe(sha256(artifact.content));
    expect(artifact.format).toBe("YAML");
    expect(artifact.otherFormat).toBe("JSON");
    expect(artifact.otherSha256).toBe(sha256(artifact.otherContent));
    const yaml = parseTemplate(artifact.content);
    const json = parseTemplate(artifact.otherContent);
    expect(yaml.ok && json.ok && json.value.body).toEqual(yaml.ok && yaml.value.body);

    const file = await download(DEV, request.id, "template.yaml");
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(seen.source, "utf8"))).toBe(true);
  });

  it.skipIf(!LINT)("both stored templates lint with no error the source template does not have", async () => {
    const { request } = await approved();
    const artifact = await db().prisma.artifact.findUniqueOrThrow({ where: { requestId: request.id } });
    const lint = lintErrors({
      "source.yaml": TEMPLATE,
      "template.yaml": artifact.content,
      "template.json": artifact.otherContent,
    });
    const before = new Set(lint["source.yaml"]);
    expect(lint["template.yaml"]!.filter((e) => !before.has(e))).toEqual([]);
    expect(lint["template.json"]!.filter((e) => !before.has(e))).toEqual([]);
  });

  it("signs provenance naming the product, version, request, requester and each approval", async () => {
    const { request, seen } = await approved();
    const artifact = await db().prisma.artifact.findUniqueOrThrow({ where: { requestId: request.id } });
    const checked = verifyEnvelope(artifact.envelope, verifier);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.statement.subject).toEqual([
      { name: "template.yaml", digest: { sha256: seen.digest } },
      { name: "template.json", digest: { sha256: artifact.otherSha256 } },
    ]);
    const version = await db().prisma.productVersion.findFirstOrThrow({
      where: { requests: { some: { id: request.id } } },
    });
    expect(checked.statement.predicate).toMatchObject({
      productVersion: { label: "1.0.0", digest: version.digest },
      request: { number: `REQ-${request.number}`, kind: "PROVISION" },
      requester: { email: DEV },
      approvals: [{ approver: { email: APPROVER }, stage: 1, digest: seen.digest }],
      policy: { source: "built-in", launchRoleArn: ROLE_ARN },
      deploy: { stackName: request.stackName, tags: TAGS, roleArn: ROLE_ARN, secretParameters: ["ApiKey"] },
    });
    expect(artifact.keyId).toBe(processSigningKey().keyId);
    const other = verifierFromPem(
      "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----\n",
    );
    expect(verifyEnvelope(artifact.envelope, other).ok).toBe(false);
    const events = await db().prisma.auditEvent.findMany({
      where: { objectId: request.id, action: "artifact.create" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({ sha256: seen.digest, keyId: artifact.keyId });
    expect((await verifyAuditChain(db().prisma)).ok).toBe(true);
  });

  it("an auto-approved request gets its artifact in the submission's transaction", async () => {
    const request = await submitted({ stages: [{ name: "Approval", required: 1 }], autoApprove: {} });
    expect(request.status).toBe("APPROVED");
    const artifact = await db().prisma.artifact.findUniqueOrThrow({ where: { requestId: request.id } });
    const row = await db().prisma.request.findUniqueOrThrow({ where: { id: request.id } });
    expect(artifact.sha256).toBe(row.renderedDigest);
    const checked = verifyEnvelope(artifact.envelope, verifier);
    expect(checked.ok && checked.statement.predicate).toMatchObject({
      approvals: [],
      autoApproval: { reason: "every request is auto-approved" },
    });
  });

  it("the database refuses to change or remove an artifact, or to store a second one", async () => {
    const { request } = await approved();
    const prisma = db().prisma;
    await expect(
      prisma.artifact.update({ where: { requestId: request.id }, data: { content: "tampered" } }),
    ).rejects.toThrow(/immutable/);
    await expect(prisma.artifact.delete({ where: { requestId: request.id } })).rejects.toThrow(/immutable/);
    await expect(prisma.$executeRawUnsafe(`UPDATE "Artifact" SET "sha256" = 'x'`)).rejects.toThrow(
      /immutable/,
    );
    const existing = await prisma.artifact.findUniqueOrThrow({ where: { requestId: request.id } });
    const { id: _id, createdAt: _c, ...copy } = existing;
    await expect(
      prisma.artifact.create({
        data: { ...copy, provenance: copy.provenance ?? {}, envelope: copy.envelope ?? {} },
      }),
    ).rejects.toThrow();
    expect((await prisma.artifact.findUniqueOrThrow({ where: { requestId: request.id } })).content).toBe(
      existing.content,
    );
  });
});

describe("exports", () => {
  it("parameters, tags and CodePipeline files read back as the request; commands carry role, tags and capabilities", async () => {
    const { request } = await approved();
    const view = await (await as(DEV)).exports.get({ id: request.id });
    const text = async (file: string) => (await download(DEV, request.id, file)).text();
    const params = JSON.parse(await text("create-stack-parameters.json")) as unknown;
    expect(params).toEqual([
      { ParameterKey: "QueueName", ParameterValue: "orders" },
      { ParameterKey: "Motto", ParameterValue: VALUES.Motto },
      { ParameterKey: "ApiKey", ParameterValue: "${SV_PARAM_ApiKey}" },
    ]);
    const expected = { QueueName: "orders", Motto: VALUES.Motto, ApiKey: "${SV_PARAM_ApiKey}" };
    expect(JSON.parse(await text("deploy-parameters.json"))).toEqual({ Parameters: expected });
    expect(JSON.parse(await text("codepipeline-template-configuration.json"))).toEqual({
      Parameters: expected,
      Tags: TAGS,
    });
    expect(JSON.parse(await text("create-stack-tags.json"))).toEqual([
      { Key: "cost-center", Value: "R&D=42" },
      { Key: "team", Value: "web shop" },
    ]);
    expect(view.capabilities).toEqual(["CAPABILITY_NAMED_IAM"]);
    expect(commandOf(view, "create-stack")).toContain(`--role-arn ${ROLE_ARN}`);
    expect(commandOf(view, "deploy")).toContain("--capabilities CAPABILITY_NAMED_IAM");
    expect(commandOf(view, "deploy")).toContain(`'cost-center=R&D=42'`);
    expect(view.secretNotes).toEqual([expect.stringContaining("ApiKey is NoEcho")]);
  });

  it.each([
    [
      "an unnamed IAM role",
      "Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Version: '2012-10-17'\n        Statement: []\n",
      ["CAPABILITY_IAM"],
    ],
    [
      "a SAM transform",
      "Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: nodejs20.x\n      Handler: index.handler\n      InlineCode: exports.handler = async () => 1;\n",
      ["CAPABILITY_IAM", "CAPABILITY_AUTO_EXPAND"],
    ],
  ])("capabilities follow the template: %s", async (_name, source, capabilities) => {
    const p = await product({ stages: [{ name: "Approval", required: 1 }], autoApprove: {} }, source);
    const dev = await as(DEV);
    const draft = await dev.orders.saveDraft({
      portfolioId: p.portfolioId,
      productVersionId: p.versionId,
      stackName: unique("caps"),
      values: {},
      tags: {},
      justification: "",
    });
    const request = await dev.orders.submit({ id: draft.id, expectedVersion: draft.version });
    const view = await dev.exports.get({ id: request.id });
    expect(view.capabilities).toEqual(capabilities);
    expect(commandOf(view, "deploy")).toContain(`--capabilities ${capabilities.join(" ")}`);
  });

  it("never carries a NoEcho value: not in the artifact, a file, a command or the bundle", async () => {
    const { request } = await approved();
    const artifact = await db().prisma.artifact.findUniqueOrThrow({ where: { requestId: request.id } });
    expect(JSON.stringify(artifact)).not.toContain(SECRET);
    const view = await (await as(DEV)).exports.files({ id: request.id });
    expect(JSON.stringify(view)).not.toContain(SECRET);
    const zip = new Uint8Array(await (await download(DEV, request.id, "bundle.zip")).arrayBuffer());
    const entries = unzipSync(zip);
    expect(Object.values(entries).some((bytes) => strFromU8(bytes).includes(SECRET))).toBe(false);
  });

  it("the bundle verifies offline with the installation's public key", async () => {
    const { request } = await approved();
    const response = await download(DEV, request.id, "bundle.zip");
    expect(response.headers.get("content-type")).toBe("application/zip");
    const zip = new Uint8Array(await response.arrayBuffer());
    const result = verifyBundle(zip, verifier, (bytes) => sha256(bytes));
    expect(result.problems).toEqual([]);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(["provenance.json", "provenance.dsse.json", "SHA256SUMS", "README.md"]),
    );
    const envelope = JSON.parse(strFromU8(files["provenance.dsse.json"]!)) as TEnvelope;
    expect(envelope.payloadType).toBe("application/vnd.in-toto+json");
  });

  it("is for the requester, admins and the request's deciders; others get 404, anonymous 401", async () => {
    const { request } = await approved();
    for (const email of [DEV, APPROVER, ADMIN]) {
      expect((await download(email, request.id, "template.yaml")).status, email).toBe(200);
    }
    expect((await download(DEV2, request.id, "template.yaml")).status).toBe(404);
    expect((await download("approver2@stackvend.local", request.id, "template.yaml")).status).toBe(404);
    expect((await download(null, request.id, "template.yaml")).status).toBe(401);
    expect((await download(DEV, request.id, "../../etc/passwd")).status).toBe(404);
    expect((await failure((await as(DEV2)).exports.get({ id: request.id }))).code).toBe("NOT_FOUND");
  });

  it("a request that is not approved yet has nothing to export", async () => {
    const request = await submitted();
    const result = await failure((await as(DEV)).exports.get({ id: request.id }));
    expect(result).toMatchObject({ code: "PRECONDITION_FAILED", appCode: "INVALID_TRANSITION" });
    expect(await db().prisma.artifact.count({ where: { requestId: request.id } })).toBe(0);
  });
});
