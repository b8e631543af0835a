import type { TRPCRouterRecord } from "@trpc/server";
import {
  addPortfolioProduct,
  removePortfolioProduct,
} from "../../services/portfolios/add-portfolio-product.ts";
import { setPortfolioArchived } from "../../services/portfolios/archive-portfolio.ts";
import { createPortfolio } from "../../services/portfolios/create-portfolio.ts";
import { getPortfolio } from "../../services/portfolios/get-portfolio.ts";
import {
  grantPortfolioAccess,
  revokePortfolioAccess,
} from "../../services/portfolios/grant-portfolio-access.ts";
import { listPortfolios } from "../../services/portfolios/list-portfolios.ts";
import { setDefaultApprovalPolicy } from "../../services/portfolios/set-default-approval-policy.ts";
import { updatePortfolio } from "../../services/portfolios/update-portfolio.ts";
import { adminProcedure } from "../../trpc.ts";
import {
  ZCreatePortfolioInput,
  ZListPortfoliosInput,
  ZPortfolioAccessInput,
  ZPortfolioIdInput,
  ZPortfolioProductInput,
  ZSetDefaultApprovalPolicyInput,
  ZUpdatePortfolioInput,
} from "./portfolios.schema.ts";

export const portfoliosRouter = {
  list: adminProcedure.input(ZListPortfoliosInput).query(({ ctx, input }) => listPortfolios(ctx.db, input)),
  get: adminProcedure.input(ZPortfolioIdInput).query(({ ctx, input }) => getPortfolio(ctx.db, input)),
  create: adminProcedure
    .input(ZCreatePortfolioInput)
    .mutation(({ ctx, input }) => createPortfolio(ctx.db, ctx.user, input)),
  update: adminProcedure
    .input(ZUpdatePortfolioInput)
    .mutation(({ ctx, input }) => updatePortfolio(ctx.db, ctx.user, input)),
  archive: adminProcedure
    .input(ZPortfolioIdInput)
    .mutation(({ ctx, input }) => setPortfolioArchived(ctx.db, ctx.user, { id: input.id, archived: true })),
  unarchive: adminProcedure
    .input(ZPortfolioIdInput)
    .mutation(({ ctx, input }) => setPortfolioArchived(ctx.db, ctx.user, { id: input.id, archived: false })),
  grantAccess: adminProcedure
    .input(ZPortfolioAccessInput)
    .mutation(({ ctx, input }) => grantPortfolioAccess(ctx.db, ctx.user, input)),
  revokeAccess: adminProcedure
    .input(ZPortfolioAccessInput)
    .mutation(({ ctx, input }) => revokePortfolioAccess(ctx.db, ctx.user, input)),
  addProduct: adminProcedure
    .input(ZPortfolioProductInput)
    .mutation(({ ctx, input }) => addPortfolioProduct(ctx.db, ctx.user, input)),
  removeProduct: adminProcedure
    .input(ZPortfolioProductInput)
    .mutation(({ ctx, input }) => removePortfolioProduct(ctx.db, ctx.user, input)),
  setDefaultApprovalPolicy: adminProcedure
    .input(ZSetDefaultApprovalPolicyInput)
    .mutation(({ ctx, input }) => setDefaultApprovalPolicy(ctx.db, ctx.user, input)),
} satisfies TRPCRouterRecord;
