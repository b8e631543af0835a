import { adminRouter } from "./router/admin/index.ts";
import { approvalsRouter } from "./router/approvals/index.ts";
import { catalogRouter } from "./router/catalog/index.ts";
import { constraintsRouter } from "./router/constraints/index.ts";
import { exportsRouter } from "./router/exports/index.ts";
import { groupsRouter } from "./router/groups/index.ts";
import { meRouter } from "./router/me/index.ts";
import { notificationsRouter } from "./router/notifications/index.ts";
import { ordersRouter } from "./router/orders/index.ts";
import { portfoliosRouter } from "./router/portfolios/index.ts";
import { productsRouter } from "./router/products/index.ts";
import { provisionedRouter } from "./router/provisioned/index.ts";
import { requestsRouter } from "./router/requests/index.ts";
import { ssoRouter } from "./router/sso/index.ts";
import { systemRouter } from "./router/system/index.ts";
import { tagOptionsRouter } from "./router/tag-options/index.ts";
import { tokensRouter } from "./router/tokens/index.ts";
import { createCallerFactory, createTRPCRouter } from "./trpc.ts";

export const appRouter = createTRPCRouter({
  system: systemRouter,
  me: meRouter,
  notifications: notificationsRouter,
  tokens: tokensRouter,
  catalog: catalogRouter,
  requests: requestsRouter,
  provisioned: provisionedRouter,
  approvals: approvalsRouter,
  exports: exportsRouter,
  admin: adminRouter,
  portfolios: portfoliosRouter,
  products: productsRouter,
  constraints: constraintsRouter,
  tagOptions: tagOptionsRouter,
  sso: ssoRouter,
  groups: groupsRouter,
  orders: ordersRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
