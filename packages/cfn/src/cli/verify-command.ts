import { createHash, createPublicKey, type KeyObject, verify } from "node:crypto";
import { verifyBundle } from "../export/bundle.ts";
import { CliExit, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type TCliIo } from "./io.ts";
import { readSource } from "./load.ts";

function publicKey(io: TCliIo, file: string): KeyObject {
  const pem = readSource(io, file);
  try {
    const key = createPublicKey(pem);
    if (key.asymmetricKeyType !== "ed25519") throw new Error("not ed25519");
    return key;
  } catch {
    throw new CliExit(EXIT_USAGE, `${file}: not an Ed25519 public key in PEM (-----BEGIN PUBLIC KEY----- …)`);
  }
}

function readBundle(io: TCliIo, file: string): Uint8Array {
  if (!io.readBytes) throw new CliExit(EXIT_USAGE, `${file}: this runner cannot read binary files`);
  try {
    return io.readBytes(file);
  } catch (error) {
    throw new CliExit(
      EXIT_USAGE,
      `${file}: cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
}

/** `verify BUNDLE --key PEM`: prints each check that held ("ok …") and each that failed ("FAIL …"). */
export function verifyCommand(io: TCliIo, bundleFile: string, keyFile: string): number {
  const key = publicKey(io, keyFile);
  const result = verifyBundle(
    readBundle(io, bundleFile),
    (data, signature) => verify(null, data, key, signature),
    (bytes) => createHash("sha256").update(bytes).digest("hex"),
  );
  for (const line of result.passed) io.stdout(`ok    ${line}\n`);
  for (const line of result.problems) io.stdout(`FAIL  ${line}\n`);
  io.stdout(result.ok ? `${bundleFile}: verified\n` : `${bundleFile}: NOT verified\n`);
  return result.ok ? EXIT_OK : EXIT_FINDINGS;
}
