import { PencilIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { cache } from "react";
import { ApprovalStages } from "@/components/approvals/approval-stages";
import { RenderedDigest } from "@/components/approvals/rendered-digest";
import { RequestHistory } from "@/components/approvals/request-history";
import { RequestStanding } from "@/components/approvals/request-standing";
import { PageSection } from "@/components/catalog/page-section";
import { Forbidden } from "@/components/common/forbidden";
import { CancelRequestButton } from "@/components/requests/cancel-request-button";
import { CarryOverIssues } from "@/components/requests/carry-over-issues";
import { MarkDeployedForm } from "@/components/requests/mark-deployed-form";
import { RequestExportSection } from "@/components/requests/request-export-section";
import { RequestChangeSection } from "@/components/requests/request-change-section";
import { RequestSummary } from "@/components/requests/request-summary";
import { RequestTags } from "@/components/requests/request-tags";
import { RequestValues } from "@/components/requests/request-values";
import { Button } from "@/components/ui/button";
import { hasRole, requireUser } from "@/lib/auth-guard";
import { callForPage, metadataOf } from "@/lib/call-for-page";
import { api } from "@/trpc/server";
import { Breadcrumb } from "@/components/common/breadcrumb";

type TParams = Promise<{ id: string }>;

/** Before the final decision the requester may withdraw. */
const CANCELLABLE = ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED"];

/** Once per request: the metadata and the page both ask for it. */
const load = cache(async (id: string) => {
  const caller = await api();
  return callForPage(() => caller.requests.get({ id: id.slice(0, 64) }));
});

export async function generateMetadata({ params }: { params: TParams }): Promise<Metadata> {
  const user = await requireUser();
  if (!hasRole(user, "REQUESTER")) return {};
  const [request, t] = await Promise.all([
    metadataOf(load((await params).id)),
    getTranslations("requestDetail"),
  ]);
  return request ? { title: t("title", { number: request.number }) } : {};
}

export default async function RequestPage({ params }: { params: TParams }) {
  const user = await requireUser();
  if (!hasRole(user, "REQUESTER")) forbidden();
  const [request, t, tp, tm, format] = await Promise.all([
    load((await params).id),
    getTranslations("requestDetail"),
    getTranslations("approvalProgress"),
    getTranslations("markDeployed"),
    getFormatter(),
  ]);
  if (!request) return <Forbidden />;
  // A termination carries the values deployed now: there is nothing to edit.
  const edit =
    request.kind !== "TERMINATE" && (request.status === "DRAFT" || request.status === "CHANGES_REQUESTED") ? (
      <Button asChild>
        <Link href={`/requests/${request.id}/edit`}>
          <PencilIcon aria-hidden />
          {request.status === "DRAFT" ? t("edit") : tp("editAndResubmit")}
        </Link>
      </Button>
    ) : null;
  return (
    <div className="space-y-6" data-request-status={request.status}>
      <Breadcrumb
        label={t("breadcrumb")}
        parent={{ href: "/requests", label: t("myRequests") }}
        current={`#${request.number}`}
      />
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold tracking-tight">{t("title", { number: request.number })}</h1>
          <p className="text-sm text-muted-foreground">
            {request.product.name} · {request.portfolio.name}
          </p>
        </div>
        <div className="flex flex-wrap items-start gap-2">
          {request.status === "DRAFT" ? edit : null}
          {CANCELLABLE.includes(request.status) ? (
            <CancelRequestButton id={request.id} expectedVersion={request.version} />
          ) : null}
        </div>
      </div>
      {request.status === "DRAFT" ? <CarryOverIssues issues={request.carryOverIssues} /> : null}
      <RequestStanding request={request} action={request.status === "CHANGES_REQUESTED" ? edit : undefined} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_340px]">
        <div className="min-w-0 space-y-6">
          <RequestSummary request={request} />
          <RequestChangeSection change={request.change} />
          <PageSection id="values" title={t("values")}>
            <RequestValues values={request.values} secretParameters={request.secretParameters} />
          </PageSection>
          <PageSection id="tags" title={t("tags")}>
            <RequestTags tags={request.tags} />
          </PageSection>
          <PageSection id="justification" title={t("justification")}>
            <p className="whitespace-pre-line text-sm">
              {request.justification || <span className="text-muted-foreground">{t("noJustification")}</span>}
            </p>
          </PageSection>
          {request.status === "APPROVED" ? (
            <PageSection
              id="mark-deployed"
              title={tm("title")}
              description={tm(
                request.kind === "UPDATE"
                  ? "descriptionUpdate"
                  : request.kind === "TERMINATE"
                    ? "descriptionTerminate"
                    : "descriptionProvision",
              )}
            >
              <MarkDeployedForm
                id={request.id}
                expectedVersion={request.version}
                kind={request.kind}
                stackName={request.stackName}
              />
            </PageSection>
          ) : null}
          {request.status === "FULFILLED" ? (
            <PageSection id="deployed" title={tm("fulfilled")}>
              <div className="space-y-2 text-sm">
                {request.fulfilledAt ? (
                  <p>
                    {tm("fulfilledAt", {
                      when: format.dateTime(request.fulfilledAt, { dateStyle: "medium", timeStyle: "short" }),
                    })}
                  </p>
                ) : null}
                {request.stackArn ? <p className="break-all font-mono text-xs">{request.stackArn}</p> : null}
                {request.provisionedProduct ? (
                  <Link
                    href={`/products/${request.provisionedProduct.id}`}
                    className="text-primary hover:underline"
                  >
                    {tm("viewProduct", { stack: request.provisionedProduct.stackName })}
                  </Link>
                ) : null}
              </div>
            </PageSection>
          ) : null}
          <RequestExportSection id={request.id} status={request.status} />
          {request.renderedDigest ? (
            <PageSection id="rendered" title={tp("digest.title")} description={tp("digest.description")}>
              <RenderedDigest digest={request.renderedDigest} />
            </PageSection>
          ) : null}
        </div>
        <aside className="space-y-6">
          {request.stages.length > 0 ? (
            <PageSection id="stages" title={tp("stagesTitle")}>
              <ApprovalStages stages={request.stages} history={request.history} />
            </PageSection>
          ) : null}
          <PageSection id="history" title={tp("history.title")}>
            <RequestHistory history={request.history} createdAt={request.createdAt} />
          </PageSection>
        </aside>
      </div>
    </div>
  );
}
