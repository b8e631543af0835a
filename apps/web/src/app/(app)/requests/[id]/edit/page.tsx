import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RequestStanding } from "@/components/approvals/request-standing";
import { Forbidden } from "@/components/common/forbidden";
import { CarryOverIssues } from "@/components/requests/carry-over-issues";
import { OrderForm } from "@/components/order-form/order-form";
import { OrderHeader } from "@/components/order-form/order-header";
import { hasRole, requireUser } from "@/lib/auth-guard";
import { callForPage } from "@/lib/call-for-page";
import { api } from "@/trpc/server";

type TParams = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("requestDetail"))("edit") };
}

export default async function EditRequestPage({ params }: { params: TParams }) {
  const user = await requireUser();
  if (!hasRole(user, "REQUESTER")) forbidden();
  const [{ id }, caller, t, tp] = await Promise.all([
    params,
    api(),
    getTranslations("orderForm"),
    getTranslations("approvalProgress"),
  ]);
  const request = await callForPage(() => caller.requests.get({ id: id.slice(0, 64) }));
  if (!request) return <Forbidden />;
  // A request sent back for changes is edited like a draft; submitting it again resubmits it.
  if ((request.status !== "DRAFT" && request.status !== "CHANGES_REQUESTED") || request.kind === "TERMINATE")
    redirect(`/requests/${request.id}`);
  const input = {
    productSlug: request.product.slug,
    portfolioId: request.portfolio.id,
    requestId: request.id,
  };
  // A draft on a version deprecated since then moves to the latest active version; an update may stay on the one it runs.
  const form = await caller.orders
    .getForm({ ...input, versionId: request.productVersion.id })
    .catch(() => callForPage(() => caller.orders.getForm(input)));
  if (!form) return <Forbidden />;
  return (
    <>
      <OrderHeader
        form={form}
        title={
          request.status === "CHANGES_REQUESTED"
            ? tp("resubmitTitle", { number: request.number })
            : t("editTitle", { number: request.number })
        }
      />
      {request.status === "DRAFT" && request.carryOverIssues.length > 0 ? (
        <div className="mb-6">
          <CarryOverIssues issues={request.carryOverIssues} />
        </div>
      ) : null}
      {request.status === "CHANGES_REQUESTED" ? (
        <div className="mb-6">
          <RequestStanding request={request} />
        </div>
      ) : null}
      <OrderForm
        form={form}
        draft={{ id: request.id, version: request.version }}
        initial={{
          stackName: request.stackName,
          values: request.values,
          tags: request.tags,
          justification: request.justification,
        }}
        backHref={`/requests/${request.id}`}
      />
    </>
  );
}
