import { createHash, randomBytes } from "node:crypto";

/** Tokens look like `svk_<43 base64url chars>`; the prefix makes leaked tokens easy to scan for. */
const TOKEN_PREFIX = "svk_";

export interface TNewApiToken {
  /** Shown to the user once; never stored. */
  token: string;
  /** Safe to store and display: identifies the token without revealing it. */
  prefix: string;
  tokenHash: string;
}

export function generateApiToken(): TNewApiToken {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { token, prefix: token.slice(0, TOKEN_PREFIX.length + 6), tokenHash: hashApiToken(token) };
}

/** Tokens carry 256 bits of entropy, so a fast hash suffices (no need for argon2 here). */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function looksLikeApiToken(value: string): boolean {
  return value.startsWith(TOKEN_PREFIX) && value.length > TOKEN_PREFIX.length + 20;
}
