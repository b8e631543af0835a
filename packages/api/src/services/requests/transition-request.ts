import type { Prisma, RequestStatus, TDb } from "@stackvend/db";
import { AppError, notFound } from "../../errors/app-error.ts";

/** What a transition expects of the request as the caller last read it. */
export interface TTransitionGuard {
  /** The statuses the transition starts from. */
  from: readonly RequestStatus[];
  expectedVersion: number;
  /** The approval stage the caller acted on, for transitions taken per stage. */
  expectedStage?: number;
  /** The INVALID_TRANSITION message for a request found in `status`. */
  wrongState: (status: RequestStatus) => string;
  /** The STALE message; defaults to one about "the request". */
  stale?: string;
}

export interface TRequestTransition extends TTransitionGuard {
  id: string;
  /**
   * Who may take the transition, as part of the query (e.g. `{ requesterId }`
   * or an approver's access); a request outside it is NOT_FOUND.
   */
  scope: Prisma.RequestWhereInput;
  /** What the transition sets; the version is incremented here. */
  data: Omit<Prisma.RequestUncheckedUpdateManyInput, "id" | "version">;
}

export interface TGuardedRequest {
  status: RequestStatus;
  version: number;
  stage: number;
}

const STALE_REQUEST = "The request changed since you loaded it; reload and try again";

/**
 * Throws why a transition cannot be taken from the request as read, if it
 * cannot. One order for every transition: missing (or not the caller's) is
 * NOT_FOUND; a request in another state is INVALID_TRANSITION, because
 * reloading would not help; only a moved version or stage is STALE, because
 * reloading and trying again may succeed.
 */
export function assertTransition<T extends TGuardedRequest>(
  current: T | null | undefined,
  guard: TTransitionGuard,
): asserts current is T {
  if (!current) throw notFound("Request");
  if (!guard.from.includes(current.status)) {
    throw new AppError("INVALID_TRANSITION", guard.wrongState(current.status));
  }
  if (
    current.version !== guard.expectedVersion ||
    (guard.expectedStage !== undefined && current.stage !== guard.expectedStage)
  ) {
    throw new AppError("STALE", guard.stale ?? STALE_REQUEST);
  }
}

/**
 * A request status change as one guarded update on (id, scope, status,
 * version[, stage]), so two concurrent transitions cannot both win. When no
 * row changed, the transition lost: the request is read again inside the
 * same transaction and the reason is thrown in the order `assertTransition` keeps,
 * so every transition reports a lost race the same way.
 */
export async function transitionRequest(
  tx: Pick<TDb, "request">,
  transition: TRequestTransition,
): Promise<void> {
  const { id, scope, from, expectedVersion, expectedStage, data } = transition;
  const { count } = await tx.request.updateMany({
    where: {
      AND: [
        scope,
        {
          id,
          status: { in: [...from] },
          version: expectedVersion,
          ...(expectedStage === undefined ? {} : { stage: expectedStage }),
        },
      ],
    },
    data: { ...data, version: { increment: 1 } },
  });
  if (count > 0) return;
  const current = await tx.request.findFirst({
    where: { AND: [scope, { id }] },
    select: { status: true, version: true, stage: true },
  });
  assertTransition(current, transition);
  // Matching again means the row moved and came back between the update and the read: still a lost race.
  throw new AppError("STALE", transition.stale ?? STALE_REQUEST);
}
