import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateSigningKeyPem, signerFromPem, type TArtifactSigner } from "@stackvend/api";

/**
 * The installation's artifact signing key: the configured one, or one
 * generated on first start and kept beside the data folder, so signatures
 * stay verifiable across restarts. Several instances must share one key
 * (STACKVEND_SIGNING_KEY), or each would sign with its own.
 */
export function loadOrCreateSigningKey(dataDir: string, configured: string | undefined): TArtifactSigner {
  if (configured) return signerFromPem(configured);
  const file = path.join(dataDir, "..", "signing-key.pem");
  if (existsSync(file)) return signerFromPem(readFileSync(file, "utf8"));
  mkdirSync(path.dirname(file), { recursive: true });
  const pem = generateSigningKeyPem();
  writeFileSync(file, pem, { mode: 0o600 });
  chmodSync(file, 0o600);
  return signerFromPem(pem);
}
