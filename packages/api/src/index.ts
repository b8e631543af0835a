export { appRouter, createCaller, type AppRouter } from "./root.ts";
export { createTRPCContext, type TContext, type TCreateContextOptions } from "./trpc.ts";
export { resolveCaller, type TCaller } from "./services/shared/caller.ts";
export { AppError, APP_ERROR_TABLE, type TAppErrorCode } from "./errors/app-error.ts";
export { seedDemo, DEMO_DECIDERS, DEMO_PASSWORD, DEMO_USERS, type TSeedResult } from "./seed/seed-demo.ts";
export { expireOverdueRequests } from "./services/approvals/expire-requests.ts";
export { sendDueReminders } from "./services/notifications/send-reminders.ts";
export { createNotificationWorker, type TNotificationWorker } from "./services/notifications/worker.ts";
export { JOBS_CHANNEL } from "./services/notifications/job-queue.ts";
export { notificationSettings, type TNotificationSettings } from "./services/notifications/settings.ts";
export { exportAuditEvents, type TExportAuditEventsRequest } from "./http/export-audit-events.ts";
export {
  generateSigningKeyPem,
  SigningKeyError,
  signerFromPem,
  verifierFromPem,
  type TArtifactSigner,
} from "./services/artifacts/signing-key.ts";
export { exportRequestFile, type TExportRequestFileRequest } from "./http/export-request-file.ts";
export { BUNDLE_NAME } from "./services/artifacts/load-request-export.ts";
export { closeEnginePool, enginePoolAvailable, preloadPrebuiltSpec } from "./services/shared/engine-pool.ts";
export { handleTrpcRequest, type THandleTrpcRequestOptions } from "./http/trpc-handler.ts";
export { MAX_BATCH_CALLS, MAX_REQUEST_BODY_BYTES } from "./http/limits.ts";
export {
  createRateLimiters,
  DEFAULT_RATE_LIMITS,
  type TRateLimiters,
  type TRateLimitSettings,
} from "./services/limits/rate-limits.ts";
export { handleRestRequest, REST_API_BASE, type THandleRestRequestOptions } from "./http/rest-handler.ts";
export { restApiDocument } from "./http/openapi-document.ts";
