import { CheckCheckIcon } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { ApprovalQueueTable } from "@/components/approvals/approval-queue-table";
import { DecisionNotice } from "@/components/approvals/decision-notice";
import { QueueFilters } from "@/components/approvals/queue-filters";
import { EmptyState } from "@/components/common/empty-state";
import { Forbidden } from "@/components/common/forbidden";
import { PageHeader } from "@/components/common/page-header";
import { Pager } from "@/components/common/pager";
import { hasRole, requireUser } from "@/lib/auth-guard";
import { callForPage } from "@/lib/call-for-page";
import { firstParam, withParams } from "@/lib/search-params";
import { api } from "@/trpc/server";

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("approvals"))("title") };
}

export default async function ApprovalsPage({ searchParams }: TProps) {
  const user = await requireUser();
  if (!hasRole(user, "APPROVER") && !hasRole(user, "ADMIN")) forbidden();
  const params = await searchParams;
  const filter = { portfolio: firstParam(params.portfolio, 64), product: firstParam(params.product, 64) };
  const cursor = firstParam(params.cursor, 64);
  const [t, caller] = await Promise.all([getTranslations("approvals"), api()]);
  const data = await callForPage(() =>
    caller.approvals.queue({
      portfolioId: filter.portfolio || undefined,
      productId: filter.product || undefined,
      cursor: cursor || undefined,
    }),
  );
  if (!data) return <Forbidden />;
  const filtered = filter.portfolio !== "" || filter.product !== "";
  return (
    <>
      <DecisionNotice
        decided={firstParam(params.decided, 12)}
        decision={firstParam(params.decision, 20)}
        focusId="queue-title"
      />
      <PageHeader title={t("title")} titleId="queue-title" description={t("description")} />
      {data.facets.portfolios.length > 0 || filtered ? (
        <QueueFilters query={filter} facets={data.facets} />
      ) : null}
      {data.items.length === 0 ? (
        <EmptyState
          icon={CheckCheckIcon}
          title={filtered ? t("emptyFilteredTitle") : t("emptyTitle")}
          description={filtered ? t("emptyFilteredDescription") : t("emptyDescription")}
        />
      ) : (
        <ApprovalQueueTable rows={data.items} filter={filter} now={new Date()} />
      )}
      <Pager
        label={t("paginationLabel")}
        first={cursor ? { href: withParams("/approvals", filter), label: t("firstPage") } : undefined}
        next={
          data.nextCursor
            ? { href: withParams("/approvals", { ...filter, cursor: data.nextCursor }), label: t("nextPage") }
            : undefined
        }
      />
    </>
  );
}
