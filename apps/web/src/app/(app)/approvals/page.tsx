import { CheckCheckIcon } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/common/empty-state";
import { Forbidden } from "@/components/common/forbidden";
import { PageHeader } from "@/components/common/page-header";
import { RequestsTable } from "@/components/requests/requests-table";
import { hasRole, requireUser } from "@/lib/auth-guard";
import { callForPage } from "@/lib/call-for-page";
import { api } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("approvals"))("title") };
}

export default async function ApprovalsPage() {
  const user = await requireUser();
  if (!hasRole(user, "APPROVER")) return <Forbidden />;
  const [t, caller] = await Promise.all([getTranslations("approvals"), api()]);
  const data = await callForPage(() => caller.approvals.queue());
  if (!data) return <Forbidden />;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {data.items.length === 0 ? (
        <EmptyState icon={CheckCheckIcon} title={t("emptyTitle")} description={t("emptyDescription")} />
      ) : (
        <RequestsTable caption={t("caption")} rows={data.items} showRequester />
      )}
    </>
  );
}
