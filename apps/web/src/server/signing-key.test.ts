import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generateSigningKeyPem, signerFromPem } from "@stackvend/api";
import { loadOrCreateSigningKey } from "./signing-key.ts";

const dirs: string[] = [];
function dataDir(): string {
  const root = mkdtempSync(path.join(tmpdir(), "stackvend-key-"));
  dirs.push(root);
  return path.join(root, "data");
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("loadOrCreateSigningKey", () => {
  it("generates a key beside the data folder on first start, readable by its owner only, and keeps it", () => {
    const dir = dataDir();
    const first = loadOrCreateSigningKey(dir, undefined);
    const file = path.join(dir, "..", "signing-key.pem");
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadOrCreateSigningKey(dir, undefined).keyId).toBe(first.keyId);
  });

  it("uses the configured key and writes nothing", () => {
    const dir = dataDir();
    const pem = generateSigningKeyPem();
    expect(loadOrCreateSigningKey(dir, pem).keyId).toBe(signerFromPem(pem).keyId);
    expect(existsSync(path.join(dir, "..", "signing-key.pem"))).toBe(false);
  });
});
