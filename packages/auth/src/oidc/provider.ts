import type { OAuthConfig } from "next-auth/providers/oauth";
import { OIDC_PROVIDER_ID, wellKnownUrl, type TOidcConfig } from "./config.ts";

export type TOidcProfile = Record<string, unknown> & { sub: string };

/**
 * next-auth's OAuth provider in OpenID Connect mode: discovery from the
 * issuer's well-known document, authorization code flow with PKCE and state,
 * and `idToken: true`, so openid-client validates the ID token (signature
 * against the provider's JWKS, issuer, audience, expiry, issued-at) before
 * any claim is used.
 */
export function oidcProvider(config: TOidcConfig): OAuthConfig<TOidcProfile> {
  return {
    id: OIDC_PROVIDER_ID,
    name: config.name,
    type: "oauth",
    wellKnown: wellKnownUrl(config.issuer),
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: config.scopes } },
    idToken: true,
    checks: ["pkce", "state"],
    client: { id_token_signed_response_alg: "RS256" },
    profile(profile) {
      return {
        id: profile.sub,
        email: typeof profile.email === "string" ? profile.email : null,
        name: typeof profile.name === "string" ? profile.name : null,
      };
    },
  };
}
