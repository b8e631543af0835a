import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "../../errors/app-error.ts";

/** The expensive procedures, limited per user: template previews, publishing, catalog search. */
export const RATE_LIMITED_ACTIONS = ["preview", "publish", "search"] as const;
export type TRateLimitedAction = (typeof RATE_LIMITED_ACTIONS)[number];

/** Calls allowed per user per minute, by action. */
export type TRateLimitSettings = Record<TRateLimitedAction, number>;

export const DEFAULT_RATE_LIMITS: TRateLimitSettings = { preview: 60, publish: 20, search: 120 };

export interface TRateLimiters {
  /** Counts one call of `key` (a user id); throws RATE_LIMITED with the seconds to wait when over. */
  consume(action: TRateLimitedAction, key: string): Promise<void>;
}

/** No limits: callers built in tests and scripts, which are not the public edge. */
export const NO_RATE_LIMITS: TRateLimiters = { consume: () => Promise.resolve() };

const WORDS: Record<TRateLimitedAction, string> = {
  preview: "previews",
  publish: "publishes",
  search: "searches",
};

/**
 * In-memory limiters, one per action, for one server process. Behind a load
 * balancer each instance counts on its own, so a user gets at most the limit
 * times the number of instances: enough to stop one user stalling the others.
 */
export function createRateLimiters(settings: TRateLimitSettings): TRateLimiters {
  const limiters = new Map(
    RATE_LIMITED_ACTIONS.map((action) => [
      action,
      new RateLimiterMemory({ keyPrefix: action, points: settings[action], duration: 60 }),
    ]),
  );
  return {
    async consume(action, key) {
      try {
        await limiters.get(action)!.consume(key);
      } catch (refused) {
        if (!(refused instanceof RateLimiterRes)) throw refused;
        const retryAfterSeconds = Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
        throw new AppError(
          "RATE_LIMITED",
          `Too many ${WORDS[action]}: at most ${settings[action]} a minute; try again in ${retryAfterSeconds} s`,
          { retryAfterSeconds },
        );
      }
    },
  };
}
