import { currentRoundDecisions } from "./load-approval-state.ts";
import { hasRole } from "@stackvend/auth";
import { Prisma, type TDb } from "@stackvend/db";
import type { TCaller } from "../shared/caller.ts";
import { requestListSelect } from "../requests/request-list-select.ts";
import { waitingOnFor } from "../requests/waiting-on.ts";

/**
 * Requests the caller may decide now: submitted, not expired, not their own,
 * not already decided by them in this round, and at a stage their groups
 * decide (any stage for a catalog admin). The same rule as `ineligibility`,
 * written as a query so the queue is one indexed read.
 */
export function decidableNowWhere(caller: TCaller, now = new Date()): Prisma.RequestWhereInput {
  return {
    status: "SUBMITTED",
    requesterId: { not: caller.id },
    approvals: { none: { approverId: caller.id, supersededAt: null } },
    AND: [
      { OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
      ...(hasRole(caller.roles, "ADMIN")
        ? []
        : [{ OR: [{ stageGroupId: null }, { stageGroupId: { in: caller.groupIds } }] }]),
    ],
  };
}

/** Oldest submission first: the order of `Request_queue_idx`, so a page stops once it is full. */
const QUEUE_ORDER = [
  { submittedAt: "asc" },
  { id: "asc" },
] satisfies Prisma.RequestOrderByWithRelationInput[];

export interface TQueueInput {
  portfolioId?: string;
  productId?: string;
  cursor?: string;
  limit: number;
}

/** The approver's queue, oldest submission first, in cursor pages, with the portfolios and products in it to filter by. */
export async function listApprovalQueue(db: TDb, caller: TCaller, input: TQueueInput) {
  const [rows, facets] = await Promise.all([queuePage(db, caller, input), queueFacets(db, caller)]);
  const page = rows.slice(0, input.limit);
  const waiting = await waitingOnFor(db, page);
  const items = page.map(({ policySnapshot: _s, approvals: _a, requesterId: _r, ...row }, i) => ({
    ...row,
    waitingOn: waiting[i] ?? null,
  }));
  return { items, nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null, facets };
}

function queuePage(db: TDb, caller: TCaller, input: TQueueInput) {
  return db.request.findMany({
    where: {
      ...decidableNowWhere(caller),
      ...(input.portfolioId ? { portfolioId: input.portfolioId } : {}),
      ...(input.productId ? { productId: input.productId } : {}),
    },
    orderBy: QUEUE_ORDER,
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    select: {
      ...requestListSelect,
      requesterId: true,
      stage: true,
      renderedDigest: true,
      policySnapshot: true,
      requester: { select: { name: true, email: true } },
      approvals: currentRoundDecisions,
    },
  });
}

/**
 * Portfolios and products with at least one request waiting on the caller, by name. Grouping
 * every decidable request would read the whole queue on every page; instead the portfolios and
 * products that have any submitted request are skipped through their indexes (a handful of
 * probes, however long the queue), and each is kept if a request of it waits on the caller: one
 * lateral read per candidate, in queue order, that stops at the first such request.
 */
async function queueFacets(db: TDb, caller: TCaller) {
  const candidates = await withSubmittedRequests(db);
  const firstWaiting = {
    requests: { where: decidableNowWhere(caller), orderBy: QUEUE_ORDER, take: 1, select: { id: true } },
  } as const;
  const [portfolios, products] = await Promise.all([
    db.portfolio.findMany({
      where: { id: { in: candidates.portfolioIds } },
      orderBy: { name: "asc" },
      select: { id: true, name: true, ...firstWaiting },
    }),
    db.product.findMany({
      where: { id: { in: candidates.productIds } },
      orderBy: { name: "asc" },
      select: { id: true, name: true, ...firstWaiting },
    }),
  ]);
  const waiting = ({ id, name, requests }: { id: string; name: string; requests: unknown[] }) =>
    requests.length > 0 ? [{ id, name }] : [];
  return { portfolios: portfolios.flatMap(waiting), products: products.flatMap(waiting) };
}

/**
 * The distinct portfolios and products of submitted requests, in one statement: a loose index
 * scan of `Request_status_portfolioId_idx` and `Request_status_productId_idx`, each step
 * jumping to the next value instead of reading every request that has it.
 */
async function withSubmittedRequests(db: TDb) {
  const rows = await db.$queryRaw<{ kind: "portfolio" | "product"; id: string }[]>`
    WITH RECURSIVE
      portfolios(id) AS (${skipThroughSubmitted("portfolioId", "portfolios")}),
      products(id) AS (${skipThroughSubmitted("productId", "products")})
    SELECT 'portfolio' AS kind, id FROM portfolios WHERE id IS NOT NULL
    UNION ALL
    SELECT 'product' AS kind, id FROM products WHERE id IS NOT NULL`;
  const of = (kind: "portfolio" | "product") => rows.filter((r) => r.kind === kind).map((r) => r.id);
  return { portfolioIds: of("portfolio"), productIds: of("product") };
}

/** One recursive step per distinct value of `column` among submitted requests, ending with a null. */
function skipThroughSubmitted(column: "portfolioId" | "productId", self: "portfolios" | "products") {
  const c = Prisma.raw(`"${column}"`);
  const cte = Prisma.raw(self);
  return Prisma.sql`
    (SELECT ${c} FROM "Request" WHERE "status" = 'SUBMITTED' ORDER BY ${c} LIMIT 1)
    UNION ALL
    SELECT (SELECT r.${c} FROM "Request" r WHERE r."status" = 'SUBMITTED' AND r.${c} > p.id ORDER BY r.${c} LIMIT 1)
    FROM ${cte} p WHERE p.id IS NOT NULL`;
}

/** How many requests wait on the caller now, exactly. */
export async function countApprovalQueue(db: TDb, caller: TCaller) {
  return { count: await db.request.count({ where: decidableNowWhere(caller) }) };
}

/** The navigation badge counts this many at most; past it, it says "99+". */
const QUEUE_BADGE_MAX = 99;

/**
 * The navigation badge, on every page an approver opens: the requests waiting on
 * the caller up to `QUEUE_BADGE_MAX`, and whether there are more. Read in the
 * queue's index order, it stops at the hundredth instead of counting them all.
 */
export async function countApprovalQueueForBadge(db: TDb, caller: TCaller) {
  const rows = await db.request.findMany({
    where: decidableNowWhere(caller),
    orderBy: QUEUE_ORDER,
    take: QUEUE_BADGE_MAX + 1,
    select: { id: true },
  });
  return { count: Math.min(rows.length, QUEUE_BADGE_MAX), more: rows.length > QUEUE_BADGE_MAX };
}
