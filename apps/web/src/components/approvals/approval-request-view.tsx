import { InfoIcon } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageSection } from "@/components/catalog/page-section";
import { RequestStatusBadge } from "@/components/requests/request-status-badge";
import { RequestSummary } from "@/components/requests/request-summary";
import { RequestTags } from "@/components/requests/request-tags";
import { RequestValues } from "@/components/requests/request-values";
import { CostEstimate } from "@/components/template/cost-estimate";
import { ResourceDiagram } from "@/components/template/resource-diagram";
import { TemplateSource } from "@/components/template/template-source";
import { withParams } from "@/lib/search-params";
import { ApprovalStages } from "./approval-stages";
import { DecisionNotice } from "./decision-notice";
import { DecisionPanel } from "./decision-panel";
import { FindingsList } from "./findings-list";
import { RequestChangeSection } from "@/components/requests/request-change-section";
import { RenderedDigest } from "./rendered-digest";
import { RequestHistory } from "./request-history";
import { RequestStanding } from "./request-standing";
import type { TApprovalRequest } from "./types";
import { Breadcrumb } from "@/components/common/breadcrumb";

interface TApprovalRequestViewProps {
  request: TApprovalRequest;
  filter: { portfolio: string; product: string };
  notice: { decided: string; decision: string };
}

/**
 * The request page for an approver: what will be deployed, exactly as
 * rendered and with its sha256, what the engine finds in it, its diagram
 * and cost, where the approval stands, and the decision.
 */
export async function ApprovalRequestView({ request, filter, notice }: TApprovalRequestViewProps) {
  const [t, format] = await Promise.all([getTranslations("approvalDetail"), getFormatter()]);
  const submitted = request.submittedAt ?? request.createdAt;
  return (
    <div className="space-y-6" data-request-status={request.status}>
      <DecisionNotice decided={notice.decided} decision={notice.decision} focusId="request-title" />
      <Breadcrumb
        label={t("breadcrumb")}
        parent={{ href: withParams("/approvals", filter), label: t("queue") }}
        current={`#${request.number}`}
      />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="space-y-1">
          <h1 id="request-title" tabIndex={-1} className="text-2xl font-semibold tracking-tight outline-none">
            {t("title", { number: request.number, product: request.product.name })}
          </h1>
          <p className="text-sm text-muted-foreground">
            {t("byline", {
              name: request.requester.name,
              email: request.requester.email,
              portfolio: request.portfolio.name,
            })}{" "}
            ·{" "}
            <time dateTime={submitted.toISOString()}>
              {t("submittedAgo", { ago: format.relativeTime(submitted, new Date()) })}
            </time>
          </p>
        </div>
        <RequestStatusBadge status={request.status} />
      </div>
      <RequestStanding request={request} audience="approver" />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_340px]">
        <div className="min-w-0 space-y-6">
          <RequestSummary request={request} />
          <RequestChangeSection change={request.change} />
          <PageSection id="values" title={t("values")}>
            <RequestValues values={request.values} secretParameters={request.secretParameters} />
          </PageSection>
          <div className="grid gap-6 md:grid-cols-2">
            <PageSection id="tags" title={t("tags")}>
              <RequestTags tags={request.tags} />
            </PageSection>
            <PageSection id="justification" title={t("justification")}>
              <p className="whitespace-pre-line text-sm" data-testid="justification">
                {request.justification || (
                  <span className="text-muted-foreground">{t("noJustification")}</span>
                )}
              </p>
            </PageSection>
          </div>
          <PageSection id="rendered" title={t("rendered")} description={t("renderedDescription")}>
            {request.rendered ? (
              <div className="space-y-3">
                {request.rendered.digest ? <RenderedDigest digest={request.rendered.digest} /> : null}
                <TemplateSource
                  source={request.rendered.source}
                  format={request.rendered.format ?? "YAML"}
                  title={t("renderedFile", { number: request.number })}
                />
              </div>
            ) : (
              <p className="text-sm text-muted-foreground">{t("notRendered")}</p>
            )}
          </PageSection>
          <PageSection id="findings" title={t("findings.title")}>
            <FindingsList findings={request.findings} />
          </PageSection>
          {request.graph ? (
            <PageSection id="diagram" title={t("diagram")}>
              <ResourceDiagram graph={request.graph} />
            </PageSection>
          ) : null}
          {request.cost ? (
            <PageSection id="cost" title={t("cost")}>
              <CostEstimate estimate={request.cost} basisNote={t("costBasis")} />
            </PageSection>
          ) : null}
        </div>
        <aside className="space-y-6">
          {request.canDecide && request.rendered?.digest ? (
            <DecisionPanel
              id={request.id}
              number={request.number}
              digest={request.rendered.digest}
              filter={{ portfolio: filter.portfolio || undefined, product: filter.product || undefined }}
            />
          ) : (
            <p
              className="flex gap-2 rounded-xl border bg-muted/40 p-4 text-sm text-muted-foreground"
              data-testid="cannot-decide"
            >
              <InfoIcon className="mt-0.5 size-4 shrink-0" aria-hidden />
              {t(`cannotDecide.${request.ineligibleReason ?? "not-open"}`)}
            </p>
          )}
          <PageSection id="stages" title={t("stages")}>
            <ApprovalStages stages={request.stages} history={request.history} />
          </PageSection>
          <PageSection id="history" title={t("history")}>
            <RequestHistory history={request.history} createdAt={request.createdAt} />
          </PageSection>
        </aside>
      </div>
    </div>
  );
}
