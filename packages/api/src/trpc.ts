/**
 * tRPC setup: context, initialisation, procedures. Routers live in ./router,
 * domain logic in ./services; only this file and the routers know about TRPCError.
 */
import { initTRPC, TRPCError } from "@trpc/server";
import type { OpenApiMeta } from "trpc-to-openapi";
import { z, ZodError } from "zod";
import { hasRole, type TApiTokenScope, type TRole } from "@stackvend/auth";
import type { TDb } from "@stackvend/db";
import { APP_ERROR_TABLE, AppError } from "./errors/app-error.ts";
import { processSigningKey, type TArtifactSigner } from "./services/artifacts/signing-key.ts";
import { MAX_BATCH_CALLS } from "./http/limits.ts";
import { transformer } from "./transformer.ts";
import { NOTIFICATIONS_OFF, type TNotificationSettings } from "./services/notifications/settings.ts";
import {
  NO_RATE_LIMITS,
  type TRateLimitedAction,
  type TRateLimiters,
} from "./services/limits/rate-limits.ts";
import { resolveCaller, type TCaller } from "./services/shared/caller.ts";

// ─── Context ────────────────────────────────────────────────────────────────

export interface TContext {
  db: TDb;
  /** Fresh from the database on every call: a disabled user or revoked role takes effect at once. */
  user: TCaller | null;
  clientIp?: string;
  /** How email and webhooks go out (the admin test-sends use it). */
  notifications: TNotificationSettings;
  /** The installation's key that signs artifacts at approval. */
  signer: TArtifactSigner;
  rateLimits: TRateLimiters;
}

export interface TCreateContextOptions {
  db: TDb;
  headers: Headers;
  /** User id and session version from a verified session, if any. */
  sessionUserId?: string | null;
  sessionVersion?: number;
  /** Absent: email off, private webhook targets refused. */
  notifications?: TNotificationSettings;
  /** Absent (tests, scripts): a key made for this process. */
  signer?: TArtifactSigner;
  /** Absent: no limits (direct callers in tests and scripts). */
  rateLimits?: TRateLimiters;
  /** How many calls the HTTP request batches; more than MAX_BATCH_CALLS are refused before any runs. */
  batchSize?: number;
  /** The client's address (clientAddress of @stackvend/auth); absent outside HTTP. */
  clientIp?: string;
  /**
   * The caller this request has already loaded with `resolveCaller` (a
   * server-rendered page, whose session check loads it): used as it is,
   * instead of loading the same user again. A page acts as its session's
   * user only; bearer tokens are for the HTTP API.
   */
  caller?: TCaller | null;
}

export async function createTRPCContext({
  db,
  headers,
  sessionUserId,
  sessionVersion,
  notifications = NOTIFICATIONS_OFF,
  signer = processSigningKey(),
  rateLimits = NO_RATE_LIMITS,
  batchSize = 1,
  clientIp,
  caller,
}: TCreateContextOptions): Promise<TContext> {
  if (batchSize > MAX_BATCH_CALLS) {
    const cause = new AppError(
      "TOO_MANY_CALLS",
      `A request may batch at most ${MAX_BATCH_CALLS} calls; this one has ${batchSize}`,
    );
    throw new TRPCError({ code: APP_ERROR_TABLE[cause.code].trpc, message: cause.message, cause });
  }
  const authorization = headers.get("authorization");
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const user =
    caller !== undefined
      ? caller
      : await resolveCaller(db, {
          bearerToken: bearer,
          sessionUserId: sessionUserId ?? undefined,
          sessionVersion,
          clientIp,
        });
  return { db, user, clientIp, notifications, signer, rateLimits };
}

// ─── Initialisation ─────────────────────────────────────────────────────────

// OpenApiMeta: procedures of the REST API (router/v1) carry their method and path.
const t = initTRPC
  .context<TContext>()
  .meta<OpenApiMeta>()
  .create({
    transformer,
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      const internal = error.code === "INTERNAL_SERVER_ERROR";
      return {
        ...shape,
        // Internal failures say nothing about their cause to the caller; the server log has it.
        message: internal ? "Internal server error" : shape.message,
        data: {
          ...shape.data,
          stack: undefined,
          appCode: cause instanceof AppError ? cause.code : undefined,
          zodError: cause instanceof ZodError ? z.flattenError(cause) : null,
          fieldErrors: cause instanceof AppError ? (cause.fieldErrors ?? null) : null,
          retryAfterSeconds: cause instanceof AppError ? (cause.retryAfterSeconds ?? null) : null,
        },
      };
    },
  });

/** "limit: Too big: expected number to be <=100; name: Name is required": each field and its rule. */
function readableIssues(error: ZodError): string {
  return error.issues.map(readableIssue).join("; ");
}

/** A bad record key names its record and the key's rule: the key itself may be what is unreadable. */
function readableIssue(issue: ZodError["issues"][number]): string {
  if (issue.code === "invalid_key") {
    const where = issue.path.slice(0, -1).join(".") || "input";
    return `${where}: ${issue.issues.map((inner) => inner.message).join(", ")}`;
  }
  return `${issue.path.join(".") || "input"}: ${issue.message}`;
}

/** Turns domain errors into their tRPC code from the one table, and invalid input into a readable message. */
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: APP_ERROR_TABLE[cause.code].trpc, message: cause.message, cause });
  }
  // Only invalid input: a ZodError under an INTERNAL_SERVER_ERROR is an output that broke its schema, a server fault.
  if (!result.ok && result.error.code === "BAD_REQUEST" && result.error.cause instanceof ZodError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: "BAD_REQUEST", message: readableIssues(cause), cause });
  }
  return result;
});

/** What text PostgreSQL (or UTF-8) cannot hold, and the rule a caller is told. */
const UNSTORABLE = [
  { found: (text: string) => text.includes("\u0000"), rule: "must not contain the NUL character (U+0000)" },
  {
    found: (text: string) =>
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text),
    rule: "must not contain a lone UTF-16 surrogate (U+D800 to U+DFFF)",
  },
] as const;

function unstorableRule(text: string): string | undefined {
  return UNSTORABLE.find(({ found }) => found(text))?.rule;
}

/** Where in an input the first unstorable text is ("" for the input itself) and why; bounded depth. */
function unstorableText(value: unknown, path = "", depth = 0): { path: string; rule: string } | undefined {
  if (typeof value === "string") {
    const rule = unstorableRule(value);
    return rule ? { path, rule } : undefined;
  }
  if (depth > 32 || value === null || typeof value !== "object") return undefined;
  for (const [key, child] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    const rule = unstorableRule(key);
    if (rule) return { path: here, rule };
    const found = unstorableText(child, here, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * PostgreSQL text cannot hold U+0000, nor UTF-8 a lone surrogate, so such
 * input would fail deep in the database as a server error. Refused up front
 * instead, naming the field, in any text field of any procedure.
 */
const refuseUnstorableText = t.middleware(async ({ getRawInput, next }) => {
  const found = unstorableText(await getRawInput());
  if (!found) return next();
  const field = found.path || "input";
  throw new AppError("INVALID_INPUT", `${field}: ${found.rule}`, { fieldErrors: { [field]: [found.rule] } });
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

// ─── Procedures ─────────────────────────────────────────────────────────────

// Who may call comes first, then whether the input can be stored: an anonymous or unentitled
// caller learns nothing from its input, like with the procedures' own input schemas.
const anyone = t.procedure.use(appErrors);

const signedIn = anyone.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue" });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

export const publicProcedure = anyone.use(refuseUnstorableText);

/** An API token needs `read` for queries and `write` for mutations; a session needs no scope. */
function tokenScope(write: TApiTokenScope, read: TApiTokenScope = "read") {
  return t.middleware(({ ctx, type, next }) => {
    const needed = type === "query" ? read : write;
    const scopes = ctx.user?.scopes ?? "all";
    if (scopes !== "all" && !scopes.includes(needed)) {
      throw new TRPCError({ code: "FORBIDDEN", message: `This API token lacks the ${needed} scope` });
    }
    return next();
  });
}

/** Signed in by session or API token; anonymous callers get UNAUTHORIZED. */
export const protectedProcedure = signedIn.use(tokenScope("read")).use(refuseUnstorableText);

/** A signed-in session only: an API token cannot mint, list or revoke tokens. */
export const sessionProcedure = signedIn
  .use(({ ctx, next }) => {
    if (ctx.user.via !== "session") {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: "API tokens are managed from a signed-in session only",
      });
    }
    return next({ ctx });
  })
  .use(refuseUnstorableText);

/** Callers holding any one of the roles (others get FORBIDDEN), and a token holding the scope. */
function roleProcedure(scope: ReturnType<typeof tokenScope>, ...roles: [TRole, ...TRole[]]) {
  return signedIn
    .use(({ ctx, next }) => {
      if (!roles.some((role) => hasRole(ctx.user.roles, role))) {
        const needed = roles.map((role) => role.toLowerCase()).join(" or ");
        throw new TRPCError({ code: "FORBIDDEN", message: `This needs the ${needed} role` });
      }
      return next({ ctx });
    })
    .use(scope)
    .use(refuseUnstorableText);
}

/** Counts the call against the caller's per-minute limit for the action (429 with Retry-After when over). */
export function rateLimited(action: TRateLimitedAction) {
  return t.middleware(async ({ ctx, next }) => {
    await ctx.rateLimits.consume(action, ctx.user?.id ?? ctx.clientIp ?? "anonymous");
    return next();
  });
}

export const requesterProcedure = roleProcedure(tokenScope("order"), "REQUESTER");
/** Approvers decide the stages of their groups; catalog admins may decide any stage. */
export const approverProcedure = roleProcedure(tokenScope("decide"), "APPROVER", "ADMIN");
export const adminProcedure = roleProcedure(tokenScope("admin", "admin"), "ADMIN");
