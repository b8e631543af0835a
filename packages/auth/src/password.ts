import { argon2id, argon2Verify } from "hash-wasm";

/**
 * argon2id with OWASP's minimum recommended cost (19 MiB, 2 passes, 1 lane).
 * hash-wasm is WebAssembly, so no native build step on install or in Next.js bundles.
 */
const PARAMS = { parallelism: 1, iterations: 2, memorySize: 19_456, hashLength: 32 } as const;

export async function hashPassword(password: string): Promise<string> {
  const salt = new Uint8Array(16);
  crypto.getRandomValues(salt);
  return argon2id({ ...PARAMS, password, salt, outputType: "encoded" });
}

/** Returns false for a malformed hash instead of throwing, so a corrupt row cannot crash sign-in. */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  if (!hash.startsWith("$argon2id$")) return false;
  try {
    return await argon2Verify({ password, hash });
  } catch {
    return false;
  }
}

/** A hash to verify against when the user does not exist, so timing does not reveal which emails exist. */
let dummyHash: Promise<string> | undefined;
export function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword("stackvend-timing-equaliser");
  return dummyHash;
}
