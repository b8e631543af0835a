import { UsersIcon } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { UserSearch } from "@/components/admin/user-search";
import { UsersTable } from "@/components/admin/users-table";
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
  return { title: (await getTranslations("adminUsers"))("title") };
}

export default async function AdminUsersPage({ searchParams }: TProps) {
  const user = await requireUser();
  if (!hasRole(user, "ADMIN")) forbidden();
  const params = await searchParams;
  const [query, cursor] = [firstParam(params.q), firstParam(params.cursor, 64)];
  const [t, caller] = await Promise.all([getTranslations("adminUsers"), api()]);
  const data = await callForPage(() =>
    caller.admin.listUsers({ query: query || undefined, cursor: cursor || undefined }),
  );
  if (!data) return <Forbidden />;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="mb-4">
        <UserSearch query={query} />
      </div>
      {data.items.length === 0 ? (
        <EmptyState icon={UsersIcon} title={query ? t("empty", { query }) : t("emptyAll")} />
      ) : (
        <UsersTable rows={data.items} />
      )}
      <Pager
        label={t("paginationLabel")}
        first={cursor ? { href: withParams("/admin/users", { q: query }), label: t("first") } : undefined}
        next={
          data.nextCursor
            ? { href: withParams("/admin/users", { q: query, cursor: data.nextCursor }), label: t("next") }
            : undefined
        }
      />
    </>
  );
}
