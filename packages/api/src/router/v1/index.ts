import { createTRPCRouter } from "../../trpc.ts";
import { approvalsV1 } from "./approvals.ts";
import { catalogV1 } from "./catalog.ts";
import { ordersV1 } from "./orders.ts";
import { requestsV1 } from "./requests.ts";

/**
 * The REST API under /api/v1 (http/rest-handler.ts), apart from the tRPC
 * router so its contract does not move when a page's data does. Procedures
 * are built from the same procedure kinds, so roles and token scopes are
 * checked exactly as for tRPC, and call the same services.
 */
export const restRouter = createTRPCRouter({
  catalog: catalogV1,
  orders: ordersV1,
  requests: requestsV1,
  approvals: approvalsV1,
});

export type RestRouter = typeof restRouter;
