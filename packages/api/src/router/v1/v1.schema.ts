/**
 * The REST API's contract: its inputs are the domain procedures' schemas
 * (query strings turned into numbers where a domain schema wants one), and
 * its outputs list exactly the fields a response carries. Output parsers
 * strip every other field, so what the OpenAPI document says is what leaves
 * the server.
 */
import { RequestKind, RequestStatus, TemplateFormat, VersionStatus } from "@stackvend/db";
import { z } from "zod";
import { APP_ERROR_TABLE, type TAppErrorCode } from "../../errors/app-error.ts";
import { ZApprovalQueueInput } from "../approvals/approvals.schema.ts";
import { ZSearchCatalogInput } from "../catalog/catalog.schema.ts";
import { ZSaveDraftInput } from "../orders/orders.schema.ts";
import {
  ZCancelRequestInput,
  ZListMyRequestsInput,
  ZMarkDeployedInput,
} from "../requests/requests.schema.ts";
import { ZId } from "../shared.schema.ts";

/** A query-string number handed to the domain's own number schema (with its bounds and default). */
function queryNumber<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value),
    schema,
  );
}

/**
 * trpc-to-openapi coerces every number and boolean of an input's top level
 * in place (`_def.coerce = true`), bodies included: a domain schema shared
 * with tRPC would change for both, and `"false"` would become true. Behind
 * a pipe a field is left alone and checked by its own schema.
 */
function uncoerced<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => value, schema);
}

const ZTimestamp = z.date().meta({ format: "date-time", description: "An ISO 8601 time" });

// ─── Inputs ─────────────────────────────────────────────────────────────────

export const ZApiCatalogQuery = ZSearchCatalogInput.unwrap().extend({
  limit: queryNumber(ZSearchCatalogInput.unwrap().shape.limit),
});

export const ZApiListRequestsQuery = ZListMyRequestsInput.unwrap().extend({
  limit: queryNumber(ZListMyRequestsInput.unwrap().shape.limit),
});

export const ZApiApprovalsQuery = ZApprovalQueueInput.unwrap().extend({
  limit: queryNumber(ZApprovalQueueInput.unwrap().shape.limit),
});

/** The order form's fields, with the product named by slug and the submission in the same call. */
export const ZApiOrderInput = ZSaveDraftInput.omit({
  id: true,
  expectedVersion: true,
  productVersionId: true,
})
  .extend({
    product: z.string().trim().min(1, "is required").max(63, "must be at most 63 characters"),
    portfolioId: ZId.optional().meta({
      description: "Required when the product is in more than one of your portfolios",
    }),
    versionId: ZId.optional().meta({ description: "Absent: the product's latest active version" }),
    submit: uncoerced(z.boolean().default(false)).meta({
      description: "Submit for approval at once; else save a draft",
    }),
  })
  .meta({ description: "Checked like the order form: a draft may leave values out, a submission may not" });

export const ZApiCancelInput = ZCancelRequestInput.extend({
  expectedVersion: uncoerced(ZCancelRequestInput.shape.expectedVersion),
});

export const ZApiMarkDeployedInput = ZMarkDeployedInput.extend({
  expectedVersion: uncoerced(ZMarkDeployedInput.shape.expectedVersion),
  stackArn: ZMarkDeployedInput.shape.stackArn.meta({
    description: "The deployed stack's ARN; its stack name must be the request's",
  }),
});

// ─── Outputs ────────────────────────────────────────────────────────────────

const ZPortfolioRef = z.object({ id: z.string(), name: z.string() });

const ZVersionSummary = z.object({
  id: z.string(),
  label: z.string(),
  releaseNotes: z.string(),
  status: z.enum(VersionStatus),
  digest: z.string().meta({ description: "sha256 of the template source" }),
  templateFormat: z.enum(TemplateFormat),
  createdAt: ZTimestamp,
  deprecatedAt: ZTimestamp.nullable(),
});

export const ZApiCatalogPage = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      slug: z.string(),
      name: z.string(),
      description: z.string(),
      owner: z.string(),
      tags: z.array(z.string()),
      latestVersion: z.object({ id: z.string(), label: z.string(), createdAt: ZTimestamp }).nullable(),
      portfolios: z.array(ZPortfolioRef),
    }),
  ),
  total: z.number().int().meta({ description: "Exact up to 1000; past it 1000 with totalIsCapped" }),
  totalIsCapped: z.boolean(),
  nextCursor: z
    .string()
    .optional()
    .meta({ description: "Pass as cursor for the next page; absent on the last" }),
});

/** One template parameter as the order form shows it (a portfolio's constraints may narrow it further). */
const ZApiParameter = z.object({
  name: z.string(),
  label: z.string(),
  description: z.string().optional(),
  type: z.string().meta({ description: "The CloudFormation type as written in the template" }),
  multiple: z.boolean().meta({ description: "The value is a list of strings" }),
  options: z.array(z.string()).optional(),
  pattern: z.string().optional(),
  minLength: z.number().optional(),
  maxLength: z.number().optional(),
  minValue: z.number().optional(),
  maxValue: z.number().optional(),
  default: z.union([z.string(), z.array(z.string())]).optional(),
  secret: z.boolean().meta({ description: "NoEcho: never sent here, supplied at deploy time" }),
  required: z.boolean(),
  constraintDescription: z.string().optional(),
  group: z.string().optional(),
});

export const ZApiProduct = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  owner: z.string(),
  tags: z.array(z.string()),
  supportUrl: z.string().nullable(),
  portfolios: z.array(ZPortfolioRef),
  versions: z.array(ZVersionSummary),
  latestVersion: ZVersionSummary.extend({ parameters: z.array(ZApiParameter) }),
});

const ZWaitingOn = z
  .object({
    stage: z.number().int(),
    stageCount: z.number().int(),
    stageName: z.string(),
    approverGroup: z.string().nullable().meta({ description: "Null: any approver" }),
    remaining: z.number().int().meta({ description: "Approvals the current stage still needs" }),
  })
  .nullable();

const ZRequestListFields = {
  id: z.string(),
  number: z.number().int(),
  kind: z.enum(RequestKind),
  status: z.enum(RequestStatus),
  stackName: z.string(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
  submittedAt: ZTimestamp.nullable(),
  product: z.object({ name: z.string(), slug: z.string() }),
  productVersion: z.object({ label: z.string() }),
  portfolio: z.object({ name: z.string() }),
  waitingOn: ZWaitingOn,
};

export const ZApiRequestList = z.object({
  items: z.array(z.object({ ...ZRequestListFields, version: z.number().int() })),
  nextCursor: z
    .string()
    .nullable()
    .meta({ description: "Pass as cursor for the next page, older requests; null on the last" }),
});

export const ZApiRequest = z.object({
  id: z.string(),
  number: z.number().int(),
  kind: z.enum(RequestKind),
  status: z.enum(RequestStatus),
  version: z.number().int().meta({ description: "Pass as expectedVersion to change the request" }),
  stage: z.number().int(),
  round: z.number().int(),
  stackName: z.string(),
  values: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  secretParameters: z.array(z.string()).meta({ description: "NoEcho parameters, supplied at deploy time" }),
  tags: z.record(z.string(), z.string()),
  justification: z.string(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
  submittedAt: ZTimestamp.nullable(),
  decidedAt: ZTimestamp.nullable(),
  cancelledAt: ZTimestamp.nullable(),
  expiresAt: ZTimestamp.nullable(),
  fulfilledAt: ZTimestamp.nullable(),
  stackArn: z.string().nullable().meta({ description: "Given when the request was marked deployed" }),
  provisionedProduct: z
    .object({ id: z.string(), stackName: z.string(), status: z.enum(["ACTIVE", "TERMINATED"]) })
    .nullable()
    .meta({ description: "What the request created, updates or terminates" }),
  renderedDigest: z.string().nullable().meta({ description: "sha256 of the rendered template" }),
  portfolio: ZPortfolioRef,
  product: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  productVersion: z.object({
    id: z.string(),
    label: z.string(),
    status: z.enum(VersionStatus),
    digest: z.string(),
  }),
  waitingOn: ZWaitingOn,
});

export const ZApiApprovalQueue = z.object({
  items: z.array(
    z.object({
      ...ZRequestListFields,
      stage: z.number().int(),
      renderedDigest: z
        .string()
        .nullable()
        .meta({ description: "sha256 of the rendered template: the digest a decision names" }),
      requester: z.object({ name: z.string(), email: z.string() }),
    }),
  ),
  nextCursor: z.string().nullable(),
});

export const ZApiDecision = z.object({
  status: z.string(),
  stage: z.number().int(),
  outcome: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("rejected") }),
    z.object({ kind: z.literal("changes-requested") }),
    z.object({ kind: z.literal("counted"), remaining: z.number().int() }),
    z.object({ kind: z.literal("next-stage"), stage: z.number().int() }),
    z.object({ kind: z.literal("approved") }),
  ]),
});

// ─── Errors ─────────────────────────────────────────────────────────────────

const ERROR_DESCRIPTIONS = {
  UNAUTHORIZED: "No API token, or a revoked or expired one",
  FORBIDDEN: "The token lacks the scope, or its owner the role",
  NOT_FOUND: "No such object within your reach",
  INVALID_INPUT: "Invalid input: field names the first field at fault, issues all of them",
  STALE: "Changed since you read it: expectedVersion or digest is out of date",
  INVALID_TRANSITION: "Not possible in the request's current state",
  RATE_LIMITED: "Too many calls: try again after Retry-After seconds",
  PAYLOAD_TOO_LARGE: "The body is over 2 MB",
  UNSUPPORTED_MEDIA_TYPE: "The body is not application/json",
  ENGINE_BUSY: "The template engine is busy: try again after Retry-After seconds",
  INTERNAL: "Internal server error",
} as const satisfies Partial<Record<TAppErrorCode, string>>;

type TDocumentedError = keyof typeof ERROR_DESCRIPTIONS;

const ALWAYS: TDocumentedError[] = ["UNAUTHORIZED", "FORBIDDEN", "INVALID_INPUT", "RATE_LIMITED", "INTERNAL"];

/** An operation's error statuses for its OpenAPI meta, each described by the error table's code. */
export function apiErrors(...codes: TDocumentedError[]): Record<number, string> {
  const statuses: Record<number, string> = {};
  for (const code of [...ALWAYS, ...codes]) statuses[APP_ERROR_TABLE[code].http] = ERROR_DESCRIPTIONS[code];
  return statuses;
}

/** What every mutation may also answer: a body too large or not JSON. */
export const BODY_ERRORS: TDocumentedError[] = ["PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE"];
