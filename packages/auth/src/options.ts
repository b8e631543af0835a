import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { appendStandaloneAuditEvent, type TDb } from "@stackvend/db";
import { authenticate } from "./authenticate.ts";
import { clientAddress, TRUST_NO_PROXY, type TTrustedProxies } from "./client-address.ts";
import { OIDC_REFUSAL_ERROR, readOidcClaims } from "./oidc/claims.ts";
import { OIDC_PROVIDER_ID, type TOidcConfig } from "./oidc/config.ts";
import { oidcProvider } from "./oidc/provider.ts";
import { signInWithOidc } from "./oidc/sign-in.ts";
import { ZRole, type TRole } from "./roles.ts";

export interface TAuthConfig {
  db: TDb;
  secret: string;
  /** Session lifetime; a shorter one limits how long revoked roles linger in a token. */
  sessionMaxAgeSeconds?: number;
  /** Proxies whose X-Forwarded-For is believed; none by default. */
  trustedProxies?: TTrustedProxies;
  /** Sign-in through an OpenID Connect provider, when configured. */
  oidc?: TOidcConfig;
  /** Email and password sign-in; off leaves only the provider. Default on. */
  localSignIn?: boolean;
}

/** Error codes next-auth passes to the sign-in page as `?error=`. */
export const SIGN_IN_ERRORS = { invalid: "CredentialsSignin", rateLimited: "RateLimited" } as const;

/**
 * Sign-out ends the session for good: the user's session version moves on,
 * so a copy of the signed token replayed later is refused (every session of
 * the user ends with it). Recorded as an audit event; a failure is logged,
 * never turned into a failed sign-out.
 */
export async function recordSignOut(db: TDb, token: { sub?: string; email?: string | null } | null) {
  if (!token?.sub) return;
  try {
    await db.user.updateMany({ where: { id: token.sub }, data: { sessionVersion: { increment: 1 } } });
    await appendStandaloneAuditEvent(db, {
      actorId: token.sub,
      actorLabel: token.email ?? token.sub,
      action: "auth.sign-out",
      objectType: "User",
      objectId: token.sub,
    });
  } catch (error) {
    console.error("[stackvend] could not record a sign-out:", error);
  }
}

export function createAuthOptions({
  db,
  secret,
  sessionMaxAgeSeconds = 8 * 60 * 60,
  trustedProxies = TRUST_NO_PROXY,
  oidc,
  localSignIn = true,
}: TAuthConfig): NextAuthOptions {
  const providers: NextAuthOptions["providers"] = [];
  if (oidc) providers.push(oidcProvider(oidc));
  if (localSignIn) {
    providers.push(
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const result = await authenticate(
            db,
            credentials,
            clientAddress(req.headers ?? {}, trustedProxies),
          );
          if (result.ok) return result.user;
          if (result.reason === "rate-limited") throw new Error(SIGN_IN_ERRORS.rateLimited);
          return null;
        },
      }),
    );
  }
  return {
    secret,
    session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers,
    events: {
      signOut: ({ token }) => recordSignOut(db, token),
    },
    callbacks: {
      /**
       * A provider sign-in reaches here only after openid-client validated the
       * ID token; the account work happens now, and the user object next-auth
       * hands to `jwt` becomes the Stackvend user. A refusal is thrown as its
       * error code, which next-auth passes to the sign-in page.
       */
      async signIn({ user, account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID || !oidc) return true;
        const claims = readOidcClaims((profile ?? {}) as Record<string, unknown>, oidc);
        const result = await signInWithOidc(db, claims);
        if (!result.ok) throw new Error(OIDC_REFUSAL_ERROR[result.reason]);
        Object.assign(user, result.user);
        return true;
      },
      jwt({ token, user }) {
        if (user) {
          const u = user as { id: string; roles?: TRole[]; sessionVersion?: number };
          token.sub = u.id;
          token.roles = u.roles ?? [];
          token.sessionVersion = u.sessionVersion ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        const roles = ZRole.array().catch([]).parse(token.roles);
        return {
          ...session,
          user: {
            id: token.sub ?? "",
            email: token.email ?? "",
            name: token.name ?? "",
            roles,
            sessionVersion: typeof token.sessionVersion === "number" ? token.sessionVersion : -1,
          },
        };
      },
    },
  };
}
