import { ScrollTextIcon } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditTable } from "@/components/admin/audit-table";
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
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditPage({ searchParams }: TProps) {
  const user = await requireUser();
  if (!hasRole(user, "ADMIN")) return <Forbidden />;
  const cursor = firstParam((await searchParams).cursor, 64);
  const [t, caller] = await Promise.all([getTranslations("audit"), api()]);
  const data = await callForPage(() => caller.admin.listAuditEvents({ cursor: cursor || undefined }));
  if (!data) return <Forbidden />;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {data.items.length === 0 ? (
        <EmptyState icon={ScrollTextIcon} title={t("emptyTitle")} description={t("emptyDescription")} />
      ) : (
        <AuditTable rows={data.items} />
      )}
      <Pager
        label={t("paginationLabel")}
        first={cursor ? { href: "/admin/audit", label: t("newest") } : undefined}
        next={
          data.nextCursor
            ? { href: withParams("/admin/audit", { cursor: data.nextCursor }), label: t("older") }
            : undefined
        }
      />
    </>
  );
}
