import { z } from "zod";
import { wellKnownUrl } from "./config.ts";

export type TDiscoveryStatus =
  | { ok: true; issuer: string; authorizationEndpoint: string; checkedAt: Date }
  | { ok: false; error: string; checkedAt: Date };

const ZDiscovery = z.object({
  issuer: z.string(),
  authorization_endpoint: z.string(),
  token_endpoint: z.string(),
  jwks_uri: z.string(),
});

const trimSlash = (url: string) => url.replace(/\/+$/, "");

/**
 * Fetches the provider's discovery document and checks what sign-in needs
 * from it. Never throws: the result says what is wrong, so local sign-in
 * keeps working while the provider is unreachable or misconfigured.
 */
export async function checkOidcDiscovery(
  issuer: string,
  { fetchImpl = fetch, timeoutMs = 5000 }: { fetchImpl?: typeof fetch; timeoutMs?: number } = {},
): Promise<TDiscoveryStatus> {
  const url = wellKnownUrl(issuer);
  const checkedAt = new Date();
  try {
    const response = await fetchImpl(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) return { ok: false, error: `${url} answered HTTP ${response.status}`, checkedAt };
    const parsed = ZDiscovery.safeParse(await response.json());
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => i.path.join(".")).join(", ");
      return {
        ok: false,
        error: `${url} is not a discovery document (missing or invalid: ${fields})`,
        checkedAt,
      };
    }
    if (trimSlash(parsed.data.issuer) !== trimSlash(issuer)) {
      return {
        ok: false,
        error: `${url} names issuer ${parsed.data.issuer}, not ${issuer}: ID tokens would be refused`,
        checkedAt,
      };
    }
    return {
      ok: true,
      issuer: parsed.data.issuer,
      authorizationEndpoint: parsed.data.authorization_endpoint,
      checkedAt,
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `could not fetch ${url}: ${reason}`, checkedAt };
  }
}
