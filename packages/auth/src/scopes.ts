// Browser-safe: the token form imports these through `@stackvend/auth/scopes`.
import { z } from "zod";

/**
 * What a token may do: `read` any query its owner may make, `order` place and
 * cancel orders, `decide` approve or reject, `admin` run the catalog. A signed-in
 * session holds every scope; tokens hold the ones chosen at creation.
 */
export const ZApiTokenScope = z.enum(["read", "order", "decide", "admin"]);
export type TApiTokenScope = z.infer<typeof ZApiTokenScope>;
export const API_TOKEN_SCOPES = ZApiTokenScope.options;

/** Every token expires: 90 days unless chosen otherwise, a year at most. */
export const API_TOKEN_DEFAULT_DAYS = 90;
export const API_TOKEN_MAX_DAYS = 365;
