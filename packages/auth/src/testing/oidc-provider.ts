import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { generateKeyPairSync, randomUUID, sign, type KeyObject } from "node:crypto";
import Provider, { type KoaContextWithOIDC } from "oidc-provider";

export interface TTestOidcUser {
  /** The provider's subject and the login typed on its sign-in page. */
  sub: string;
  email: string;
  email_verified: boolean;
  name: string;
  groups: string[];
}

/** Rewrites the next ID token the token endpoint returns (tests of token validation). */
export type TIdTokenTamper = (
  idToken: string,
  keys: { resign: (payload: Record<string, unknown>) => string },
) => string;

export interface TTestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Adds or changes a user: later sign-ins see the new claims. */
  setUser(user: TTestOidcUser): void;
  /** Applies to the next token response only. */
  tamperNextIdToken(tamper: TIdTokenTamper): void;
  stop(): Promise<void>;
}

/** Where a controlled provider takes user changes from another process. */
export const CONTROL_USERS_PATH = "/test-control/users";

/** Adds or changes a user of a provider started with `control: true`, from any process. */
export async function putTestOidcUser(issuer: string, user: TTestOidcUser): Promise<void> {
  const response = await fetch(`${issuer}${CONTROL_USERS_PATH}`, {
    method: "PUT",
    body: JSON.stringify(user),
  });
  if (response.status !== 204) throw new Error(`the test provider refused the user: HTTP ${response.status}`);
}

const b64url = (value: Buffer | string) => Buffer.from(value).toString("base64url");

/** Signs a JWT with RS256 by hand, so tests can issue well-signed tokens with bad claims. */
function signJwt(payload: Record<string, unknown>, key: KeyObject, kid: string): string {
  const input = `${b64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid }))}.${b64url(JSON.stringify(payload))}`;
  return `${input}.${b64url(sign("sha256", Buffer.from(input), key))}`;
}

export function decodeJwtPayload(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString("utf8")) as Record<
    string,
    unknown
  >;
}

/**
 * A real OpenID Connect provider (`oidc-provider`) on a local port, for tests:
 * one confidential client, users with a `groups` claim (released with the
 * `profile` scope, inside the ID token), its own development login page
 * (any password), and consent granted without asking.
 */
export async function startTestOidcProvider({
  redirectUris,
  users = [],
  port = 0,
  clientId = "stackvend-test",
  clientSecret = "stackvend-test-secret-0123456789",
  control = false,
}: {
  redirectUris: string[];
  /** Serves `PUT /test-control/users` (a user as JSON) so another process can change users. */
  control?: boolean;
  users?: TTestOidcUser[];
  port?: number;
  clientId?: string;
  clientSecret?: string;
}): Promise<TTestOidcProvider> {
  const accounts = new Map(users.map((u) => [u.sub, u]));
  let tamper: TIdTokenTamper | undefined;
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const kid = randomUUID();
  const jwk = { ...privateKey.export({ format: "jwk" }), kid, alg: "RS256", use: "sig" };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: [randomUUID()] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "groups"] },
    conformIdTokenClaims: false,
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    findAccount(_ctx, sub) {
      const user = accounts.get(sub);
      if (!user) return undefined;
      return { accountId: sub, claims: () => ({ ...user }) };
    },
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { client, session } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const existing = session.grantIdFor(client.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: unknown } | undefined;
    if (ctx.path === "/token" && tamper && body && typeof body.id_token === "string") {
      const change = tamper;
      tamper = undefined;
      ctx.body = { ...body, id_token: change(body.id_token, { resign: (p) => signJwt(p, privateKey, kid) }) };
    }
  });
  const handle = provider.callback();
  server.on("request", (req, res) => {
    if (!control || req.url !== CONTROL_USERS_PATH || req.method !== "PUT") return void handle(req, res);
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      const user = JSON.parse(body) as TTestOidcUser;
      accounts.set(user.sub, user);
      res.writeHead(204).end();
    });
  });

  return {
    issuer,
    clientId,
    clientSecret,
    setUser: (user) => accounts.set(user.sub, user),
    tamperNextIdToken: (change) => {
      tamper = change;
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
