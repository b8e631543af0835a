import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@stackvend/api";

type TOutputs = inferRouterOutputs<AppRouter>;
type TInputs = inferRouterInputs<AppRouter>;

export type TPortfolioListItem = TOutputs["portfolios"]["list"]["items"][number];
export type TPortfolioDetail = TOutputs["portfolios"]["get"];
export type TGroup = TOutputs["groups"]["list"]["items"][number];
export type TAdminProduct = TOutputs["products"]["get"];
export type TAdminProductListItem = TOutputs["products"]["list"]["items"][number];
export type TVersionSummary = TAdminProductListItem["versions"][number];
export type TTemplatePreview = TOutputs["products"]["previewTemplate"];
export type TFindingView = TTemplatePreview["findings"][number];
export type TTagOption = TOutputs["tagOptions"]["list"]["items"][number];
export type TConstraintRow = TOutputs["constraints"]["list"]["items"][number];
export type TConstraintKind = TInputs["constraints"]["set"]["kind"];
export type TApprovalPolicyDefinition = NonNullable<TPortfolioDetail["defaultApprovalPolicy"]>;
export type TRequestKind = NonNullable<
  NonNullable<TApprovalPolicyDefinition["autoApprove"]>["kinds"]
>[number];

/** A parameter of the product's form, to pick conditions from; none on a portfolio's default. */
export interface TPolicyParameter {
  name: string;
  label: string;
  options?: string[];
}
