import { ScrollTextIcon } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { auditFiltersFrom, hasAuditFilters } from "@/components/admin/audit-filter-params";
import { AuditFilters } from "@/components/admin/audit-filters";
import { AuditTable } from "@/components/admin/audit-table";
import { AuditVerify } from "@/components/admin/audit-verify";
import { SigningKey } from "@/components/admin/signing-key";
import { EmptyState } from "@/components/common/empty-state";
import { Forbidden } from "@/components/common/forbidden";
import { PageHeader } from "@/components/common/page-header";
import { Pager } from "@/components/common/pager";
import { Alert, AlertTitle } from "@/components/ui/alert";
import { hasRole, requireUser } from "@/lib/auth-guard";
import { callForPage } from "@/lib/call-for-page";
import { firstParam, withParams } from "@/lib/search-params";
import { api } from "@/trpc/server";

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

/** A filter the procedure refuses (a malformed date typed into the URL) is the user's to fix, not a crash. */
const isBadRequest = (error: unknown) => (error as { code?: unknown }).code === "BAD_REQUEST";

export default async function AuditPage({ searchParams }: TProps) {
  const user = await requireUser();
  if (!hasRole(user, "ADMIN")) forbidden();
  const params = await searchParams;
  const [filters, cursor] = [auditFiltersFrom(params), firstParam(params.cursor, 64)];
  const [t, caller] = await Promise.all([getTranslations("audit"), api()]);
  const input = Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, v || undefined]));
  // A filter the server refuses (a malformed date) is shown as such, not as a missing page.
  const data = await callForPage(() =>
    caller.admin.listAuditEvents({ ...input, cursor: cursor || undefined }).catch((error: unknown) => {
      if (isBadRequest(error)) return "invalid" as const;
      throw error;
    }),
  );
  if (!data) return <Forbidden />;
  const filtered = hasAuditFilters(filters);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="mb-4 space-y-4">
        <AuditVerify />
        <SigningKey />
        <AuditFilters filters={filters} />
      </div>
      {data === "invalid" ? (
        <Alert variant="destructive">
          <AlertTitle>{t("invalidFilter")}</AlertTitle>
        </Alert>
      ) : data.items.length === 0 ? (
        <EmptyState
          icon={ScrollTextIcon}
          title={filtered ? t("emptyFiltered") : t("emptyTitle")}
          description={filtered ? undefined : t("emptyDescription")}
        />
      ) : (
        <AuditTable rows={data.items} />
      )}
      <Pager
        label={t("paginationLabel")}
        first={cursor ? { href: withParams("/admin/audit", filters), label: t("newest") } : undefined}
        next={
          data !== "invalid" && data.nextCursor
            ? { href: withParams("/admin/audit", { ...filters, cursor: data.nextCursor }), label: t("older") }
            : undefined
        }
      />
    </>
  );
}
