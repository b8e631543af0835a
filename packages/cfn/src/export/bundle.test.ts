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
import { bundleFiles, exportFromSettings, readDeploySettings, verifyBundle, zipBundle } from "./bundle.ts";
import { buildStatement, signEnvelope } from "./dsse.ts";

const BIN = fileURLToPath(new URL("../../bin/stackvend-cfn.cjs", import.meta.url));
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

type TKind = "PROVISION" | "UPDATE" | "TERMINATE";

/** What an update's provenance records about the deployed stack. */
const PREVIOUS = { previousValues: { Name: "a, b=c" }, previousSecretParameters: ["Secret"] };

function files(overrides: Record<string, string> = {}, kind: TKind = "PROVISION") {
  const parsed = template(YAML);
  const deploy = {
    stackName: "queue",
    tags: { team: "x y" },
    roleArn: null,
    secretParameters: ["Secret"],
    ...(kind === "UPDATE" ? PREVIOUS : {}),
  };
  const provenance: TJsonObject = { request: { number: "REQ-1", kind }, deploy };
  const settings = readDeploySettings(provenance)!;
  const exported = exportFromSettings(parsed.body, "yaml", settings, YAML.length);
  const json = emitJson(parsed.body);
  const templates = [
    { name: "template.yaml", text: YAML },
    { name: "template.json", text: json },
  ];
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

describe("export bundles by kind", () => {
  const scripts = (f: Record<string, string>) =>
    Object.keys(f)
      .filter((n) => n.endsWith(".sh"))
      .sort();

  it("holds the scripts and files of each kind, and each script is valid bash", () => {
    const provision = files();
    const update = files({}, "UPDATE");
    const terminate = files({}, "TERMINATE");
    expect(scripts(provision)).toEqual(["create-stack.sh", "deploy.sh"]);
    expect(scripts(update)).toEqual([
      "change-set.sh",
      "deploy.sh",
      "execute-change-set.sh",
      "update-stack.sh",
    ]);
    expect(scripts(terminate)).toEqual(["delete-stack.sh"]);
    expect(Object.keys(update)).toContain("update-stack-parameters.json");
    expect(Object.keys(update)).not.toContain("create-stack-parameters.json");
    expect(
      Object.keys(terminate)
        .filter((n) => n.endsWith(".json"))
        .sort(),
    ).toEqual(["provenance.dsse.json", "provenance.json", "template.json"]);
    for (const f of [provision, update, terminate]) {
      for (const name of scripts(f)) {
        const syntax = spawnSync("bash", ["-n"], { input: f[name], encoding: "utf8" });
        expect(syntax.status, `${name}: ${syntax.stderr}`).toBe(0);
      }
    }
  });

  it("says in the README what the bundle does", () => {
    expect(files()["README.md"]).toContain("Deploy with create-stack.sh or deploy.sh");
    const update = files({}, "UPDATE")["README.md"]!;
    expect(update).toContain("This bundle updates an existing stack");
    expect(update).toContain("stackvend-REQ-1");
    expect(update).toContain("Secret is NoEcho and the stack already has it");
    expect(files({}, "TERMINATE")["README.md"]).toContain("This bundle deletes the stack");
  });

  it("keeps the update's unchanged values with UsePreviousValue", () => {
    expect(JSON.parse(files({}, "UPDATE")["update-stack-parameters.json"]!)).toEqual([
      { ParameterKey: "Name", UsePreviousValue: true },
      { ParameterKey: "Secret", UsePreviousValue: true },
    ]);
  });

  it.each(["UPDATE", "TERMINATE"] as const)("verifies an untouched %s bundle", (kind) => {
    const result = verifyBundle(zip(files({}, kind)), check, sha256Hex);
    expect(result.problems).toEqual([]);
    expect(result.passed).toContain(
      kind === "UPDATE"
        ? "update-stack.sh matches the signed template"
        : "delete-stack.sh matches the signed template",
    );
  });

  it("notices a changed update parameters file or script, and a file a termination has no use for", () => {
    const params = resummed(files({ "update-stack-parameters.json": "[]\n" }, "UPDATE"));
    expect(verifyBundle(zip(params), check, sha256Hex).problems).toEqual([
      "update-stack-parameters.json does not match the signed template and settings",
    ]);
    const script = resummed(files({ "delete-stack.sh": "#!/usr/bin/env bash\nrm -rf /\n" }, "TERMINATE"));
    expect(verifyBundle(zip(script), check, sha256Hex).problems).toEqual([
      "delete-stack.sh does not match the signed template and settings",
    ]);
    const extra = resummed(files({ "create-stack-parameters.json": "[]\n" }, "TERMINATE"));
    expect(verifyBundle(zip(extra), check, sha256Hex).problems).toEqual([
      "create-stack-parameters.json does not belong in a TERMINATE bundle",
    ]);
  });

  it("never holds a NoEcho value in any file of any kind", () => {
    const leaky = YAML.replace("    NoEcho: true", "    NoEcho: true\n    Default: hunter2");
    const parsed = template(leaky);
    for (const kind of ["PROVISION", "UPDATE", "TERMINATE"] as const) {
      const settings = readDeploySettings({
        request: { number: "REQ-1", kind },
        deploy: { stackName: "q", tags: {}, roleArn: null, secretParameters: ["Secret"], previousValues: {} },
      })!;
      const exported = exportFromSettings(parsed.body, "yaml", settings);
      const all = bundleFiles(
        {
          templates: [{ name: "template.yaml", text: YAML }],
          exported,
          provenance: {},
          envelope: { payload: "", payloadType: "x", signatures: [] },
          title: "t",
        },
        sha256Hex,
      );
      expect(Object.values(all).join("\n"), kind).not.toContain("hunter2");
    }
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
