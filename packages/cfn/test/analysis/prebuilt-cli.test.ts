import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import {
  buildPackedSpec,
  buildSpec,
  packSpecDatabase,
  parseTemplate,
  validateTemplate,
} from "../../src/index.ts";

/**
 * The prebuilt command line (one bundle and the packed specification) must
 * answer exactly as the sources do: same findings, same output, same exit code.
 */
const root = fileURLToPath(new URL("../..", import.meta.url));
const FIXTURES_DIR = process.env["STACKVEND_FIXTURES_DIR"] ?? resolve(root, "../../../shared/fixtures/cfn");
const fixtures = existsSync(FIXTURES_DIR)
  ? readdirSync(FIXTURES_DIR)
      .filter((f) => /\.(ya?ml|json)$/.test(f))
      .map((f) => join(FIXTURES_DIR, f))
  : [];
const bin = join(root, "bin", "stackvend-cfn.cjs");
const bundle = join(root, "dist", "stackvend-cfn.cjs");
const codeCache = `${bundle}.cache`;

function fullDatabase(): unknown {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve("@aws-cdk/aws-service-spec/package.json"));
  return JSON.parse(gunzipSync(readFileSync(join(dir, "db.json.gz"))).toString("utf8"));
}

describe("the packed specification", () => {
  const full = fullDatabase();
  const fullSpec = buildSpec(full);
  const packedSpec = buildPackedSpec(packSpecDatabase(full));

  it("knows the same resource types, properties, attributes and type definitions", () => {
    expect(packedSpec.size).toBe(fullSpec.size);
    for (const type of ["AWS::S3::Bucket", "AWS::IAM::Role", "AWS::RDS::DBInstance", "AWS::EC2::Instance"]) {
      expect(packedSpec.resource(type)).toEqual(fullSpec.resource(type));
    }
    const ref = [...fullSpec.resource("AWS::S3::Bucket")!.properties.values()]
      .flatMap((p) => p.types)
      .find((t) => t.kind === "object");
    expect(ref && ref.kind === "object" && packedSpec.typeDefinition(ref.ref)).toEqual(
      ref && ref.kind === "object" && fullSpec.typeDefinition(ref.ref),
    );
    expect(packedSpec.resource("AWS::No::Such")).toBeUndefined();
  });

  it("refuses bytes that are not a pack", () => {
    expect(() => buildPackedSpec(new TextEncoder().encode("{}"))).toThrow(/no index line/);
  });

  it.skipIf(fixtures.length === 0).each(fixtures)("finds the same problems in %s", (file) => {
    const template = parseTemplate(readFileSync(file, "utf8"));
    if (!template.ok) return;
    expect(validateTemplate(template.value, { spec: packedSpec })).toEqual(
      validateTemplate(template.value, { spec: fullSpec }),
    );
  });
});

describe("bin/stackvend-cfn.cjs", () => {
  beforeAll(() => {
    const build = spawnSync(process.execPath, ["--import", "tsx", join(root, "scripts", "build-cli.ts")], {
      cwd: root,
      encoding: "utf8",
    });
    expect(build.status, build.stderr).toBe(0);
  }, 120_000);

  it("runs the prebuilt bundle when it is newer than the sources", () => {
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(0);
    const file = fixtures[0] ?? join(root, "test", "analysis", "helpers.ts");
    const prebuilt = spawnSync(process.execPath, [bin, "check", file], { encoding: "utf8" });
    const source = spawnSync(
      process.execPath,
      ["--import", "tsx", join(root, "src", "cli", "main.ts"), "check", file],
      {
        encoding: "utf8",
      },
    );
    expect({ out: prebuilt.stdout, err: prebuilt.stderr, code: prebuilt.status }).toEqual({
      out: source.stdout,
      err: source.stderr,
      code: source.status,
    });
  });

  it("keeps the bundle's compiled code beside it and answers the same with it, without it and with a foreign one", () => {
    const file = fixtures[0] ?? join(root, "fixtures", "render-web-service", "input.yaml");
    const run = () => {
      const r = spawnSync(process.execPath, [bin, "check", file], { encoding: "utf8" });
      return { out: r.stdout, err: r.stderr, code: r.status };
    };
    expect(existsSync(codeCache), "the build's first run writes the code cache").toBe(true);
    const withCache = run();

    rmSync(codeCache);
    expect(run()).toEqual(withCache);
    expect(existsSync(codeCache), "a run without it writes it again").toBe(true);

    // Bytes V8 rejects (another Node, other flags, a damaged file) are replaced, not trusted.
    writeFileSync(codeCache, "not compiled code");
    expect(run()).toEqual(withCache);
    expect(readFileSync(codeCache).toString("latin1")).not.toBe("not compiled code");

    // A cache older than the bundle belongs to an earlier build: it is not used, and is replaced.
    const stale = new Date(statSync(bundle).mtimeMs - 60_000);
    utimesSync(codeCache, stale, stale);
    expect(run()).toEqual(withCache);
    expect(statSync(codeCache).mtimeMs).toBeGreaterThan(statSync(bundle).mtimeMs);
  });
});
