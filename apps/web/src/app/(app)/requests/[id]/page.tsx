import { ChevronRightIcon, PencilIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageSection } from "@/components/catalog/page-section";
import { Forbidden } from "@/components/common/forbidden";
import { CancelRequestButton } from "@/components/requests/cancel-request-button";
import { RequestSummary } from "@/components/requests/request-summary";
import { RequestTimeline } from "@/components/requests/request-timeline";
import { RequestValues } from "@/components/requests/request-values";
import { Button } from "@/components/ui/button";
import { hasRole, requireUser } from "@/lib/auth-guard";
import { callForPage } from "@/lib/call-for-page";
import { api } from "@/trpc/server";

type TParams = Promise<{ id: string }>;

async function load(id: string) {
  const caller = await api();
  return callForPage(() => caller.requests.get({ id: id.slice(0, 64) }));
}

export async function generateMetadata({ params }: { params: TParams }): Promise<Metadata> {
  const user = await requireUser();
  if (!hasRole(user, "REQUESTER")) return {};
  const [request, t] = await Promise.all([load((await params).id), getTranslations("requestDetail")]);
  return request ? { title: t("title", { number: request.number }) } : {};
}

export default async function RequestPage({ params }: { params: TParams }) {
  const user = await requireUser();
  if (!hasRole(user, "REQUESTER")) return <Forbidden />;
  const [request, t] = await Promise.all([load((await params).id), getTranslations("requestDetail")]);
  if (!request) return <Forbidden />;
  const tags = Object.entries(request.tags);
  return (
    <div className="space-y-6" data-request-status={request.status}>
      <nav aria-label={t("breadcrumb")} className="flex items-center gap-1 text-sm text-muted-foreground">
        <Link href="/requests" className="hover:text-foreground">
          {t("myRequests")}
        </Link>
        <ChevronRightIcon className="size-3.5" aria-hidden />
        <span aria-current="page" className="text-foreground">
          #{request.number}
        </span>
      </nav>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold tracking-tight">{t("title", { number: request.number })}</h1>
          <p className="text-sm text-muted-foreground">
            {request.status === "DRAFT"
              ? t("draftNote")
              : request.status === "SUBMITTED"
                ? t("submittedNote")
                : null}
          </p>
        </div>
        <div className="flex flex-wrap items-start gap-2">
          {request.status === "DRAFT" ? (
            <Button asChild>
              <Link href={`/requests/${request.id}/edit`}>
                <PencilIcon aria-hidden />
                {t("edit")}
              </Link>
            </Button>
          ) : null}
          {request.status === "DRAFT" || request.status === "SUBMITTED" ? (
            <CancelRequestButton id={request.id} expectedVersion={request.version} />
          ) : null}
        </div>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_300px]">
        <div className="min-w-0 space-y-6">
          <RequestSummary request={request} />
          <PageSection id="values" title={t("values")}>
            <RequestValues values={request.values} secretParameters={request.secretParameters} />
          </PageSection>
          <PageSection id="tags" title={t("tags")}>
            {tags.length === 0 ? (
              <p className="text-sm text-muted-foreground">{t("noTags")}</p>
            ) : (
              <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
                {tags.map(([key, value]) => (
                  <div key={key}>
                    <dt className="font-mono text-xs text-muted-foreground">{key}</dt>
                    <dd className="font-mono">{value}</dd>
                  </div>
                ))}
              </dl>
            )}
          </PageSection>
          <PageSection id="justification" title={t("justification")}>
            <p className="whitespace-pre-line text-sm">
              {request.justification || <span className="text-muted-foreground">{t("noJustification")}</span>}
            </p>
          </PageSection>
        </div>
        <aside>
          <PageSection id="timeline" title={t("timeline")}>
            <RequestTimeline request={request} />
          </PageSection>
        </aside>
      </div>
    </div>
  );
}
