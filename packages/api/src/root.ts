import { adminRouter } from "./router/admin/index.ts";
import { approvalsRouter } from "./router/approvals.ts";
import { catalogRouter } from "./router/catalog/index.ts";
import { meRouter } from "./router/me/index.ts";
import { requestsRouter } from "./router/requests/index.ts";
import { systemRouter } from "./router/system.ts";
import { tokensRouter } from "./router/tokens/index.ts";
import { createCallerFactory, createTRPCRouter } from "./trpc.ts";

export const appRouter = createTRPCRouter({
  system: systemRouter,
  me: meRouter,
  tokens: tokensRouter,
  catalog: catalogRouter,
  requests: requestsRouter,
  approvals: approvalsRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
