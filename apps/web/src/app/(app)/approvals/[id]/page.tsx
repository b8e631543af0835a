import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { cache } from "react";
import { ApprovalRequestView } from "@/components/approvals/approval-request-view";
import { Forbidden } from "@/components/common/forbidden";
import { RequestExportSection } from "@/components/requests/request-export-section";
import { hasRole, requireUser } from "@/lib/auth-guard";
import { callForPage, metadataOf } from "@/lib/call-for-page";
import { firstParam, routeParam } from "@/lib/search-params";
import { api } from "@/trpc/server";

type TProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Once per request: the metadata and the page both ask for it. */
const load = cache(async (segment: string) => {
  const caller = await api();
  return callForPage(() => caller.approvals.get({ id: routeParam(segment, 64) ?? "" }));
});

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const user = await requireUser();
  if (!hasRole(user, "APPROVER") && !hasRole(user, "ADMIN")) return {};
  const [request, t] = await Promise.all([
    metadataOf(load((await params).id)),
    getTranslations("approvalDetail"),
  ]);
  return request ? { title: t("metaTitle", { number: request.number }) } : {};
}

export default async function ApprovalRequestPage({ params, searchParams }: TProps) {
  const user = await requireUser();
  if (!hasRole(user, "APPROVER") && !hasRole(user, "ADMIN")) forbidden();
  const [request, query] = await Promise.all([load((await params).id), searchParams]);
  if (!request) return <Forbidden />;
  return (
    <>
      <ApprovalRequestView
        request={request}
        filter={{ portfolio: firstParam(query.portfolio, 64), product: firstParam(query.product, 64) }}
        notice={{ decided: firstParam(query.decided, 12), decision: firstParam(query.decision, 20) }}
      />
      <RequestExportSection id={request.id} status={request.status} className="mt-6" />
    </>
  );
}
