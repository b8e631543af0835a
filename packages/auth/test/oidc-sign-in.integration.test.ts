import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NextAuthOptions } from "next-auth";
import { verifyAuditChain } from "@stackvend/db";
import { createTestDatabase, getTestDatabaseUrl } from "@stackvend/db/testing";
import { checkOidcDiscovery } from "../src/oidc/discovery.ts";
import { signInWithOidc } from "../src/oidc/sign-in.ts";
import { createAuthOptions } from "../src/options.ts";
import { hashPassword } from "../src/password.ts";
import {
  callNextAuth,
  completeCallback,
  CookieJar,
  decodeJwtPayload,
  signInThroughProvider,
  startTestOidcProvider,
  TEST_APP_URL,
  type TTestOidcProvider,
  type TTestOidcUser,
} from "../src/testing/index.ts";

type TTestDb = Awaited<ReturnType<typeof createTestDatabase>>;
let database: TTestDb;
let provider: TTestOidcProvider;
let options: NextAuthOptions;
const groupIds: Record<string, string> = {};

const user = (sub: string, patch: Partial<TTestOidcUser> = {}): TTestOidcUser => ({
  sub,
  email: `${sub}@example.com`,
  email_verified: true,
  name: sub[0]!.toUpperCase() + sub.slice(1),
  groups: [],
  ...patch,
});

const oidcConfig = () => ({
  issuer: provider.issuer,
  clientId: provider.clientId,
  clientSecret: provider.clientSecret,
  name: "Test directory",
  groupsClaim: "groups",
  scopes: "openid email profile",
});

beforeAll(async () => {
  database = await createTestDatabase(getTestDatabaseUrl());
  for (const [name, roles] of [
    ["Engineers", ["REQUESTER"]],
    ["Approvers", ["APPROVER"]],
    ["Admins", ["ADMIN"]],
  ] as const) {
    groupIds[name] = (await database.prisma.group.create({ data: { name, roles: [...roles] } })).id;
  }
  await database.prisma.directoryGroupMapping.createMany({
    data: [
      { directoryGroup: "eng", groupId: groupIds.Engineers! },
      { directoryGroup: "leads", groupId: groupIds.Engineers! },
      { directoryGroup: "leads", groupId: groupIds.Approvers! },
    ],
  });
  provider = await startTestOidcProvider({ redirectUris: [`${TEST_APP_URL}/api/auth/callback/oidc`] });
  options = createAuthOptions({
    db: database.prisma,
    secret: "test-secret-test-secret-test-secret-0123",
    oidc: oidcConfig(),
  });
});
afterAll(async () => {
  await provider?.stop();
  await database?.drop();
});

async function membershipsOf(email: string) {
  const rows = await database.prisma.groupMembership.findMany({
    where: { user: { email } },
    select: { group: { select: { name: true } }, source: true },
    orderBy: { group: { name: "asc" } },
  });
  return rows.map((m) => `${m.group.name}:${m.source}`);
}

async function lastSequence(): Promise<bigint> {
  const last = await database.prisma.auditEvent.findFirst({ orderBy: { sequence: "desc" } });
  return last?.sequence ?? 0n;
}

async function eventsSince(sequence: bigint) {
  return database.prisma.auditEvent.findMany({
    where: { sequence: { gt: sequence } },
    orderBy: { sequence: "asc" },
  });
}

describe("discovery", () => {
  it("reads the provider's discovery document, and says clearly what is wrong when it cannot", async () => {
    expect(await checkOidcDiscovery(provider.issuer)).toMatchObject({ ok: true, issuer: provider.issuer });
    const mismatch = await checkOidcDiscovery(`${provider.issuer}/`.replace("127.0.0.1", "localhost"));
    expect(mismatch).toMatchObject({
      ok: false,
      error: expect.stringContaining(`names issuer ${provider.issuer}`),
    });
    const down = await checkOidcDiscovery("http://127.0.0.1:9", { timeoutMs: 2000 });
    expect(down).toMatchObject({
      ok: false,
      error: expect.stringContaining("could not fetch http://127.0.0.1:9/.well-known"),
    });
  });

  it("keeps local sign-in working while the provider is unreachable", async () => {
    const unreachable = createAuthOptions({
      db: database.prisma,
      secret: "test-secret-test-secret-test-secret-0123",
      oidc: {
        issuer: "http://127.0.0.1:9",
        clientId: "x",
        clientSecret: "y",
        name: "Down",
        groupsClaim: "groups",
        scopes: "openid",
      },
    });
    await database.prisma.user.create({
      data: { email: "local@example.com", name: "Local", passwordHash: await hashPassword("s3cret-pass") },
    });
    const jar = new CookieJar();
    const { csrfToken } = (await callNextAuth(unreachable, jar, { action: ["csrf"] })).body as {
      csrfToken: string;
    };
    await callNextAuth(unreachable, jar, {
      method: "POST",
      action: ["callback", "credentials"],
      body: { csrfToken, email: "local@example.com", password: "s3cret-pass" },
    });
    const session = await callNextAuth(unreachable, jar, { action: ["session"] });
    expect(session.body).toMatchObject({ user: { email: "local@example.com" } });
  });
});

describe("local sign-in switched off", () => {
  it("offers only the provider: the password callback signs nobody in", async () => {
    const ssoOnly = createAuthOptions({
      db: database.prisma,
      secret: "test-secret-test-secret-test-secret-0123",
      oidc: oidcConfig(),
      localSignIn: false,
    });
    expect(ssoOnly.providers.map((p) => p.id)).toEqual(["oidc"]);
    const jar = new CookieJar();
    const { csrfToken } = (await callNextAuth(ssoOnly, jar, { action: ["csrf"] })).body as {
      csrfToken: string;
    };
    await callNextAuth(ssoOnly, jar, {
      method: "POST",
      action: ["callback", "credentials"],
      body: { csrfToken, email: "local@example.com", password: "s3cret-pass" },
    });
    expect((await callNextAuth(ssoOnly, jar, { action: ["session"] })).body).not.toHaveProperty("user");
    provider.setUser(user("solo"));
    expect((await signInThroughProvider(ssoOnly, { login: "solo" })).session?.user.email).toBe(
      "solo@example.com",
    );
  });
});

describe("first sign-in through the provider", () => {
  it("creates the user from the verified claims, with the mapped groups, and records issuer and subject", async () => {
    provider.setUser(user("mina", { name: "Mina Park", groups: ["eng", "unmapped-team"] }));
    const before = await lastSequence();
    const result = await signInThroughProvider(options, { login: "mina" });

    expect(result.error).toBeNull();
    expect(result.session?.user).toMatchObject({
      email: "mina@example.com",
      name: "Mina Park",
      roles: ["REQUESTER"],
    });
    const mina = await database.prisma.user.findUniqueOrThrow({
      where: { email: "mina@example.com" },
      omit: { passwordHash: false },
      include: { oidcIdentities: true },
    });
    expect(mina.passwordHash).toBeNull();
    expect(mina.oidcIdentities).toMatchObject([{ issuer: provider.issuer, subject: "mina" }]);
    expect(result.session?.user.id).toBe(mina.id);
    expect(await membershipsOf("mina@example.com")).toEqual(["Engineers:DIRECTORY"]);
    expect(await eventsSince(before)).toMatchObject([
      {
        action: "auth.sign-in",
        actorId: mina.id,
        data: { method: "oidc", issuer: provider.issuer, subject: "mina", account: "create" },
      },
    ]);
  });
});

describe("group sync at each sign-in", () => {
  it("adds newly mapped groups, removes dropped ones, keeps manual memberships, and updates the name", async () => {
    provider.setUser(user("jun", { groups: ["eng"] }));
    await signInThroughProvider(options, { login: "jun" });
    const jun = await database.prisma.user.findUniqueOrThrow({ where: { email: "jun@example.com" } });
    await database.prisma.groupMembership.create({ data: { userId: jun.id, groupId: groupIds.Admins! } });

    provider.setUser(user("jun", { name: "Jun Seo", groups: ["leads"] }));
    const promoted = await signInThroughProvider(options, { login: "jun" });
    expect(promoted.session?.user).toMatchObject({
      name: "Jun Seo",
      roles: ["REQUESTER", "APPROVER", "ADMIN"],
    });
    expect(await membershipsOf("jun@example.com")).toEqual([
      "Admins:MANUAL",
      "Approvers:DIRECTORY",
      "Engineers:DIRECTORY",
    ]);

    provider.setUser(user("jun", { name: "Jun Seo", groups: ["some-unmapped-group"] }));
    const removed = await signInThroughProvider(options, { login: "jun" });
    expect(removed.session?.user.roles).toEqual(["ADMIN"]);
    expect(await membershipsOf("jun@example.com")).toEqual(["Admins:MANUAL"]);
  });

  it("does not turn a manual membership into a directory one, nor remove it when the group is unmapped", async () => {
    provider.setUser(user("ha", { groups: ["eng"] }));
    const local = await database.prisma.user.create({
      data: {
        email: "ha@example.com",
        name: "Ha",
        memberships: { create: { groupId: groupIds.Engineers! } },
      },
    });
    await signInThroughProvider(options, { login: "ha" });
    provider.setUser(user("ha", { groups: [] }));
    await signInThroughProvider(options, { login: "ha" });
    expect(await membershipsOf(local.email)).toEqual(["Engineers:MANUAL"]);
  });
});

describe("two first sign-ins at once", () => {
  it("end in one account with one identity", async () => {
    const claims = {
      issuer: provider.issuer,
      subject: "twin",
      email: "twin@example.com",
      emailVerified: true,
      name: "Twin",
      groups: ["eng"],
    };
    const [a, b] = await Promise.all([
      signInWithOidc(database.prisma, claims),
      signInWithOidc(database.prisma, claims),
    ]);
    expect(a.ok && b.ok && a.user.id === b.user.id).toBe(true);
    expect(await database.prisma.oidcIdentity.count({ where: { subject: "twin" } })).toBe(1);
    expect(await membershipsOf("twin@example.com")).toEqual(["Engineers:DIRECTORY"]);
  });
});

describe("an email already used by a local account", () => {
  it("links to it when the provider says the email is verified", async () => {
    const local = await database.prisma.user.create({
      data: { email: "sora@example.com", name: "Sora", passwordHash: await hashPassword("s3cret-pass") },
    });
    provider.setUser(user("sora-at-idp", { email: "Sora@Example.com", groups: ["eng"] }));
    const before = await lastSequence();
    const result = await signInThroughProvider(options, { login: "sora-at-idp" });
    expect(result.session?.user.id).toBe(local.id);
    expect(await database.prisma.oidcIdentity.count({ where: { userId: local.id } })).toBe(1);
    expect(await eventsSince(before)).toMatchObject([{ action: "auth.sign-in", data: { account: "link" } }]);
  });

  it("refuses when the email is not verified, and links nothing", async () => {
    const local = await database.prisma.user.create({ data: { email: "yuri@example.com", name: "Yuri" } });
    provider.setUser(
      user("yuri-at-idp", { email: "yuri@example.com", email_verified: false, groups: ["leads"] }),
    );
    const before = await lastSequence();
    const result = await signInThroughProvider(options, { login: "yuri-at-idp" });
    expect(result.error).toBe("OidcEmailNotVerified");
    expect(result.session).toBeNull();
    expect(await database.prisma.oidcIdentity.count({ where: { userId: local.id } })).toBe(0);
    expect(await membershipsOf("yuri@example.com")).toEqual([]);
    expect(await eventsSince(before)).toMatchObject([
      {
        action: "auth.sign-in.failed",
        actorId: null,
        data: { reason: "email-not-verified", subject: "yuri-at-idp" },
      },
    ]);
  });

  it("does not create an account from an unverified email either", async () => {
    provider.setUser(user("nari", { email_verified: false }));
    const result = await signInThroughProvider(options, { login: "nari" });
    expect(result.error).toBe("OidcEmailNotVerified");
    expect(await database.prisma.user.count({ where: { email: "nari@example.com" } })).toBe(0);
  });
});

describe("a disabled user", () => {
  it("cannot sign in through the provider, linked or not", async () => {
    provider.setUser(user("dae", { groups: ["eng"] }));
    await signInThroughProvider(options, { login: "dae" });
    await database.prisma.user.update({
      where: { email: "dae@example.com" },
      data: { disabledAt: new Date() },
    });
    const result = await signInThroughProvider(options, { login: "dae" });
    expect(result.error).toBe("OidcAccountDisabled");
    expect(result.session).toBeNull();

    await database.prisma.user.create({
      data: { email: "off@example.com", name: "Off", disabledAt: new Date() },
    });
    provider.setUser(user("off"));
    expect((await signInThroughProvider(options, { login: "off" })).error).toBe("OidcAccountDisabled");
  });
});

describe("ID token validation by openid-client", () => {
  async function refusedWith(tamper: Parameters<TTestOidcProvider["tamperNextIdToken"]>[0]) {
    provider.setUser(user("eve", { groups: ["leads"] }));
    const before = await lastSequence();
    provider.tamperNextIdToken(tamper);
    const result = await signInThroughProvider(options, { login: "eve" });
    expect(result.session).toBeNull();
    expect(result.error).toBe("OAuthCallback");
    expect(await database.prisma.user.count({ where: { email: "eve@example.com" } })).toBe(0);
    expect(await eventsSince(before)).toEqual([]);
  }

  it("refuses a token from another issuer", async () => {
    await refusedWith((token, { resign }) =>
      resign({ ...decodeJwtPayload(token), iss: "http://idp.evil.example" }),
    );
  });

  it("refuses a tampered token (claims changed after signing)", async () => {
    await refusedWith((token) => {
      const [header, , signature] = token.split(".");
      const payload = { ...decodeJwtPayload(token), email: "admin@example.com" };
      return `${header}.${Buffer.from(JSON.stringify(payload)).toString("base64url")}.${signature}`;
    });
  });

  it("refuses an expired token", async () => {
    await refusedWith((token, { resign }) => {
      const now = Math.floor(Date.now() / 1000);
      return resign({ ...decodeJwtPayload(token), iat: now - 7200, exp: now - 3600 });
    });
  });

  it("refuses a token for another client", async () => {
    await refusedWith((token, { resign }) => resign({ ...decodeJwtPayload(token), aud: "someone-else" }));
  });

  it("accepts the same token re-signed unchanged (the checks above fail for their own reason)", async () => {
    provider.setUser(user("ivy"));
    provider.tamperNextIdToken((token, { resign }) => resign(decodeJwtPayload(token)));
    expect((await signInThroughProvider(options, { login: "ivy" })).session?.user.email).toBe(
      "ivy@example.com",
    );
  });
});

describe("state", () => {
  it("refuses a replayed callback: the state cookie is gone after the first use", async () => {
    provider.setUser(user("rio", { groups: ["eng"] }));
    const first = await signInThroughProvider(options, { login: "rio" });
    expect(first.session).not.toBeNull();
    const before = await lastSequence();
    const replay = await completeCallback(options, first.appCookies.clone(), first.callback);
    expect(replay.error).toBe("OAuthCallback");
    const replayWithOldCookies = await completeCallback(
      options,
      first.cookiesAtCallback.clone(),
      first.callback,
    );
    expect(replayWithOldCookies.error).toBe("OAuthCallback");
    expect(await eventsSince(before)).toEqual([]);
  });

  it("refuses a callback whose state belongs to another sign-in", async () => {
    provider.setUser(user("kai"));
    const mine = await signInThroughProvider(options, { login: "kai" });
    const theirs = await signInThroughProvider(options, { login: "kai" });
    const crossed = new URL(theirs.callback);
    crossed.searchParams.set("state", mine.callback.searchParams.get("state") ?? "");
    const result = await completeCallback(options, theirs.cookiesAtCallback.clone(), crossed);
    expect(result.session).toBeNull();
    expect(result.error).toBe("OAuthCallback");
  });
});

describe("the audit chain", () => {
  it("stays intact after every provider sign-in", async () => {
    expect(await verifyAuditChain(database.prisma)).toMatchObject({ ok: true });
  });
});
