const KNOWN = [
  "CredentialsSignin",
  "RateLimited",
  "SessionRequired",
  "OidcMissingEmail",
  "OidcEmailNotVerified",
  "OidcAccountDisabled",
  "OAuthSignin",
  "OAuthCallback",
] as const;

export type TSignInErrorKey = (typeof KNOWN)[number] | "default";

/** Maps next-auth's error code (from the response or ?error=) to a message key; unknown codes get the generic one. */
export function signInErrorKey(code: string | null | undefined): TSignInErrorKey | null {
  if (!code) return null;
  return (KNOWN as readonly string[]).includes(code) ? (code as TSignInErrorKey) : "default";
}
