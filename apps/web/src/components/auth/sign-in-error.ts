export type TSignInErrorKey = "CredentialsSignin" | "RateLimited" | "SessionRequired" | "default";

/** Maps next-auth's error code (from the response or ?error=) to a message key; unknown codes get the generic one. */
export function signInErrorKey(code: string | null | undefined): TSignInErrorKey | null {
  if (!code) return null;
  if (code === "CredentialsSignin" || code === "RateLimited" || code === "SessionRequired") return code;
  return "default";
}
