export { appRouter, createCaller, type AppRouter } from "./root.ts";
export { createTRPCContext, type TContext, type TCreateContextOptions } from "./trpc.ts";
export { AppError, APP_ERROR_TABLE, type TAppErrorCode } from "./errors/app-error.ts";
export { seedDemo, DEMO_DECIDERS, DEMO_PASSWORD, DEMO_USERS, type TSeedResult } from "./seed/seed-demo.ts";
export { expireOverdueRequests } from "./services/approvals/expire-requests.ts";
export { exportAuditEvents, type TExportAuditEventsRequest } from "./http/export-audit-events.ts";
