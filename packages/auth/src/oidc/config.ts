/** An OpenID Connect provider as configured by environment (validated in apps/web/src/env.ts). */
export interface TOidcConfig {
  /** Issuer URL; discovery is read from `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The sign-in button's label. */
  name: string;
  /** The ID token claim that lists the user's directory groups. */
  groupsClaim: string;
  /** Space-separated scopes requested. */
  scopes: string;
}

/** The next-auth provider id: the callback URL is `/api/auth/callback/oidc`. */
export const OIDC_PROVIDER_ID = "oidc";

/** Where the provider's discovery document lives, per OpenID Connect Discovery 1.0 §4. */
export function wellKnownUrl(issuer: string): string {
  return `${issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`;
}
