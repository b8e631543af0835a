import type { TFormModel, TTemplate } from "@stackvend/cfn";
import type { Prisma, TDb } from "@stackvend/db";
import { notFound } from "../../errors/app-error.ts";
import { visibleProductWhere } from "../catalog/catalog-access.ts";
import { invalidField } from "../shared/field-errors.ts";
import { buildOrderFormModel, secretParameterNames, storedTemplate } from "../shared/template-engine.ts";
import { loadPairConstraints, type TPairConstraints } from "../constraints/load-pair-constraints.ts";
import type { TCaller } from "../shared/caller.ts";
import { resolveApprovalPolicy, type TResolvedApprovalPolicy } from "../approvals/approval-policy.ts";

const orderVersionSelect = {
  id: true,
  label: true,
  releaseNotes: true,
  status: true,
  digest: true,
  createdAt: true,
  templateSource: true,
  product: { select: { id: true, slug: true, name: true, description: true } },
} satisfies Prisma.ProductVersionSelect;

type TOrderVersion = Prisma.ProductVersionGetPayload<{ select: typeof orderVersionSelect }>;

export interface TOrderContext {
  portfolio: { id: string; name: string };
  product: TOrderVersion["product"];
  version: Omit<TOrderVersion, "templateSource" | "product">;
  template: TTemplate;
  /** The stored source `template` was parsed from: large ones are rendered on a worker thread from it. */
  templateSource: string;
  /** The stored version's form model narrowed by the pair's constraints in force now. */
  formModel: TFormModel;
  constraints: TPairConstraints;
  /** The approval policy in force: the pair's, else the portfolio's default, else the built-in one. */
  approval: TResolvedApprovalPolicy;
  secretParameters: string[];
}

/**
 * Everything an order is checked against, rebuilt on the server from the
 * stored version and the current constraints; nothing comes from the client
 * but ids. A version outside the caller's portfolios is NOT_FOUND.
 */
export async function loadOrderContext(
  db: TDb,
  caller: TCaller,
  {
    portfolioId,
    productVersionId,
    field = "productVersionId",
    keepVersionId,
  }: {
    portfolioId: string;
    productVersionId: string;
    field?: string;
    /** The version a provisioned product runs: an update or terminate may stay on it though it is deprecated. */
    keepVersionId?: string | null | undefined;
  },
): Promise<TOrderContext> {
  const version = await db.productVersion.findFirst({
    where: {
      id: productVersionId,
      product: visibleProductWhere(caller, portfolioId, { requireActiveVersion: false }),
    },
    select: orderVersionSelect,
  });
  if (!version) throw notFound("Product");
  if (version.status !== "ACTIVE" && version.id !== keepVersionId) {
    throw invalidField(
      field,
      `version ${version.label} is deprecated and takes no new orders; choose an active version`,
    );
  }
  return buildContext(db, portfolioId, version);
}

/** The order form's context for a product found by slug: the given version or the latest active one. */
export async function loadOrderContextBySlug(
  db: TDb,
  caller: TCaller,
  {
    productSlug,
    portfolioId,
    versionId,
    keepVersionId,
  }: { productSlug: string; portfolioId: string; versionId?: string; keepVersionId?: string | undefined },
): Promise<TOrderContext> {
  const product = await db.product.findFirst({
    where: { slug: productSlug, ...visibleProductWhere(caller, portfolioId) },
    select: { id: true },
  });
  if (!product) throw notFound("Product");
  const version = await db.productVersion.findFirst({
    where: versionId ? { id: versionId, productId: product.id } : { productId: product.id, status: "ACTIVE" },
    orderBy: { createdAt: "desc" },
    select: orderVersionSelect,
  });
  if (!version)
    throw versionId ? invalidField("versionId", "is not a version of this product") : notFound("Product");
  if (version.status !== "ACTIVE" && version.id !== keepVersionId) {
    throw invalidField(
      "versionId",
      `version ${version.label} is deprecated and takes no new orders; choose an active version`,
    );
  }
  return buildContext(db, portfolioId, version);
}

async function buildContext(db: TDb, portfolioId: string, version: TOrderVersion): Promise<TOrderContext> {
  const [portfolio, constraints] = await Promise.all([
    db.portfolio.findUniqueOrThrow({
      where: { id: portfolioId },
      select: { id: true, name: true, defaultApprovalPolicy: true },
    }),
    loadPairConstraints(db, portfolioId, version.product.id),
  ]);
  const template = await storedTemplate(version.templateSource);
  const formModel = buildOrderFormModel(template, {
    constraints: constraints.parameterConstraints,
    ...(constraints.rules ? { rules: constraints.rules } : {}),
  });
  const { templateSource, product, ...summary } = version;
  const { defaultApprovalPolicy, ...portfolioSummary } = portfolio;
  return {
    portfolio: portfolioSummary,
    approval: resolveApprovalPolicy(constraints.approvalPolicy, defaultApprovalPolicy),
    product,
    version: summary,
    template,
    templateSource,
    formModel,
    constraints,
    secretParameters: secretParameterNames(template),
  };
}
