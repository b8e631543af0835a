import { z } from "zod";

/** What a sign-in through the provider tells Stackvend about the user, from the validated ID token. */
export interface TOidcClaims {
  issuer: string;
  subject: string;
  email: string;
  emailVerified: boolean;
  name: string;
  /** Directory group names, as the provider sent them. */
  groups: string[];
}

/** Error codes passed to the sign-in page as `?error=` (messages in apps/web/messages). */
export const OIDC_SIGN_IN_ERRORS = {
  missingEmail: "OidcMissingEmail",
  emailNotVerified: "OidcEmailNotVerified",
  disabled: "OidcAccountDisabled",
} as const;

export type TOidcRefusal = "missing-email" | "email-not-verified" | "disabled";

export const OIDC_REFUSAL_ERROR: Record<TOidcRefusal, string> = {
  "missing-email": OIDC_SIGN_IN_ERRORS.missingEmail,
  "email-not-verified": OIDC_SIGN_IN_ERRORS.emailNotVerified,
  disabled: OIDC_SIGN_IN_ERRORS.disabled,
};

const ZEmail = z.string().trim().toLowerCase().pipe(z.email().max(254));
/** Some providers (older Cognito, some SAML bridges) send the flag as a string. */
const ZVerified = z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]);
const ZGroups = z.union([z.array(z.string()), z.string().transform((v) => [v])]);

/**
 * Reads the claims Stackvend uses from an ID token's payload. A missing or
 * malformed email gives `email: ""`; the groups claim may be absent (no groups).
 */
export function readOidcClaims(
  payload: Record<string, unknown>,
  { issuer, groupsClaim }: { issuer: string; groupsClaim: string },
): TOidcClaims {
  const email = ZEmail.safeParse(payload.email);
  const groups = ZGroups.safeParse(payload[groupsClaim]);
  const name = typeof payload.name === "string" ? payload.name.trim() : "";
  const emailText = email.success ? email.data : "";
  return {
    issuer: typeof payload.iss === "string" ? payload.iss : issuer,
    subject: String(payload.sub ?? ""),
    email: emailText,
    emailVerified: ZVerified.catch(false).parse(payload.email_verified),
    name: (name || emailText.split("@")[0] || "").slice(0, 200),
    groups: groups.success ? [...new Set(groups.data.map((g) => g.trim()).filter(Boolean))] : [],
  };
}

export interface TKnownUser {
  id: string;
  disabledAt: Date | null;
}

export type TAccountDecision =
  | { kind: "existing"; userId: string }
  | { kind: "link"; userId: string }
  | { kind: "create" }
  | { kind: "refuse"; reason: TOidcRefusal; userId?: string };

/**
 * Which account a provider sign-in lands in. The (issuer, subject) identity
 * wins; otherwise a local account with the same email is linked only when the
 * provider vouches for the email, since anyone can put any address in an
 * unverified claim. A disabled user is refused either way.
 */
export function decideAccount({
  claims,
  byIdentity,
  byEmail,
}: {
  claims: TOidcClaims;
  byIdentity: TKnownUser | null;
  byEmail: TKnownUser | null;
}): TAccountDecision {
  if (byIdentity) {
    return byIdentity.disabledAt
      ? { kind: "refuse", reason: "disabled", userId: byIdentity.id }
      : { kind: "existing", userId: byIdentity.id };
  }
  if (!claims.email) return { kind: "refuse", reason: "missing-email" };
  if (byEmail) {
    if (byEmail.disabledAt) return { kind: "refuse", reason: "disabled", userId: byEmail.id };
    if (!claims.emailVerified) return { kind: "refuse", reason: "email-not-verified", userId: byEmail.id };
    return { kind: "link", userId: byEmail.id };
  }
  if (!claims.emailVerified) return { kind: "refuse", reason: "email-not-verified" };
  return { kind: "create" };
}

export interface TMembership {
  groupId: string;
  source: "MANUAL" | "DIRECTORY";
}

/**
 * The directory memberships to add and remove so they equal the mapped
 * groups. Manual memberships are never touched, and a group the user already
 * holds by hand is not added again.
 */
export function planDirectoryMemberships(
  current: TMembership[],
  mappedGroupIds: string[],
): { add: string[]; remove: string[] } {
  const wanted = new Set(mappedGroupIds);
  const held = new Set(current.map((m) => m.groupId));
  const remove = current
    .filter((m) => m.source === "DIRECTORY" && !wanted.has(m.groupId))
    .map((m) => m.groupId);
  const add = [...wanted].filter((id) => !held.has(id));
  return { add: add.sort(), remove: remove.sort() };
}
