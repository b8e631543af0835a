import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@stackvend/api";

type TOutputs = inferRouterOutputs<AppRouter>;

/** What `orders.getForm` returns: the form model under the portfolio's constraints, tags and policy. */
export type TOrderFormData = TOutputs["orders"]["getForm"];
export type TOrderPreview = TOutputs["orders"]["preview"];
export type TRequestDetail = TOutputs["requests"]["get"];
