/**
 * Bounds on one HTTP request to the API, in a module with no imports so the
 * browser's tRPC client can share them.
 */

/** The most calls one HTTP request may batch; the browser's batch link sends no more. */
export const MAX_BATCH_CALLS = 20;

/** Twice the largest legitimate body, a 1 MB template, so JSON escaping never refuses one. */
export const MAX_REQUEST_BODY_BYTES = 2 * 1024 * 1024;
