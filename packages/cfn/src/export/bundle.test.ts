import { spawnSync } from "node:child_process";
import { createHash, generateKeyPairSync, sign, verify } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { template } from "../../test/templates.ts";
import { emitJson } from "../emit/emit-json.ts";
import type { TJsonObject } from "../model.ts";
import { bundleFiles, verifyBundle, zipBundle } from "./bundle.ts";
import { buildStatement, signEnvelope } from "./dsse.ts";
import { buildExport } from "./export-files.ts";

const BIN = fileURLToPath(new URL("../../bin/stackvend-cfn.js", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "stackvend-bundle-"));
const keys = generateKeyPairSync("ed25519");
const other = generateKeyPairSync("ed25519");
const sha256Hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const hexOf = (text: string) => sha256Hex(new TextEncoder().encode(text));
const check = (data: Uint8Array, sig: Uint8Array) => verify(null, data, keys.publicKey, sig);

const YAML = `Parameters:
  Name:
    Type: String
    Default: "a, b=c"
  Secret:
    Type: String
    NoEcho: true
Resources:
  Queue:
    Type: AWS::SQS::Queue
`;

function files(overrides: Record<string, string> = {}) {
  const parsed = template(YAML);
  const deploy = { stackName: "queue", tags: { team: "x y" }, roleArn: null, secretParameters: ["Secret"] };
  const exported = buildExport({ body: parsed.body, format: "yaml", ...deploy });
  const json = emitJson(parsed.body);
  const templates = [
    { name: "template.yaml", text: YAML },
    { name: "template.json", text: json },
  ];
  const provenance: TJsonObject = { request: { number: "REQ-1" }, deploy };
  const statement = buildStatement(
    templates.map((t) => ({ name: t.name, digest: { sha256: hexOf(t.text) } })),
    provenance,
  );
  const envelope = signEnvelope(statement, "k", (d) => new Uint8Array(sign(null, d, keys.privateKey)));
  const all = bundleFiles({ templates, exported, provenance, envelope, title: "REQ-1 queue" }, sha256Hex);
  return { ...all, ...overrides };
}

const zip = (f: Record<string, string>) => zipBundle(f, new Date("2026-01-01T00:00:00Z"));

/** Rewrites SHA256SUMS for the files as they are, so only the deeper checks can notice a change. */
function resummed(f: Record<string, string>): Record<string, string> {
  const { SHA256SUMS: _, ...rest } = f;
  const sums = Object.keys(rest)
    .map((name) => `${hexOf(rest[name]!)}  ${name}\n`)
    .join("");
  return { ...rest, SHA256SUMS: sums };
}

describe("export bundle", () => {
  it("holds every file, SHA256SUMS and a README, and the same input zips to the same bytes", () => {
    const f = files();
    expect(Object.keys(f)).toEqual(
      expect.arrayContaining([
        "template.yaml",
        "template.json",
        "create-stack-parameters.json",
        "deploy-parameters.json",
        "codepipeline-template-configuration.json",
        "provenance.json",
        "provenance.dsse.json",
        "README.md",
        "SHA256SUMS",
      ]),
    );
    expect(f["README.md"]).toContain("npx stackvend-cfn verify bundle.zip --key public.pem");
    expect(f["README.md"]).toContain("Secret is NoEcho");
    expect(zip(files())).toEqual(zip(files()));
  });

  it("verifies when nothing was changed", () => {
    const result = verifyBundle(zip(files()), check, sha256Hex);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("notices a changed template, a changed parameters file and another key", () => {
    const changed = resummed(files({ "template.yaml": YAML.replace("a, b=c", "other") }));
    expect(verifyBundle(zip(changed), check, sha256Hex).problems).toContain(
      "template.yaml does not match its signed sha256",
    );
    const params = resummed(files({ "create-stack-parameters.json": "[]\n" }));
    expect(verifyBundle(zip(params), check, sha256Hex).problems).toEqual([
      "create-stack-parameters.json does not match the signed template and settings",
    ]);
    const wrongKey = (d: Uint8Array, s: Uint8Array) => verify(null, d, other.publicKey, s);
    expect(verifyBundle(zip(files()), wrongKey, sha256Hex)).toMatchObject({ ok: false });
  });
});

describe("stackvend-cfn verify", { timeout: 60_000 }, () => {
  const key = join(scratch, "public.pem");
  writeFileSync(key, keys.publicKey.export({ type: "spki", format: "pem" }));
  const run = (bundle: string) =>
    spawnSync(process.execPath, [BIN, "verify", bundle, "--key", key], { encoding: "utf8" });

  it("exits 0 and says verified for an untouched bundle", () => {
    const bundle = join(scratch, "good.zip");
    writeFileSync(bundle, zip(files()));
    const r = run(bundle);
    expect(r.stdout).toContain("ok    signature verifies with the given key");
    expect(r.stdout).toContain(`${bundle}: verified`);
    expect(r.status).toBe(0);
  });

  it("exits 1 and names the file that changed", () => {
    const bundle = join(scratch, "bad.zip");
    writeFileSync(bundle, zip(files({ "deploy-parameters.json": '{"Parameters":{}}\n' })));
    const r = run(bundle);
    expect(r.stdout).toContain("FAIL  deploy-parameters.json does not match SHA256SUMS");
    expect(r.status).toBe(1);
  });
});
