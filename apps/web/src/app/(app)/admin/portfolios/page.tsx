import { FolderKanbanIcon, PlusIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { PortfolioTable } from "@/components/admin-catalog/portfolio-table";
import { EmptyState } from "@/components/common/empty-state";
import { Forbidden } from "@/components/common/forbidden";
import { PageHeader } from "@/components/common/page-header";
import { Button } from "@/components/ui/button";
import { hasRole, requireUser } from "@/lib/auth-guard";
import { callForPage } from "@/lib/call-for-page";
import { firstParam } from "@/lib/search-params";
import { cn } from "@/lib/utils";
import { api } from "@/trpc/server";

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPortfolios"))("title") };
}

export default async function AdminPortfoliosPage({ searchParams }: TProps) {
  const user = await requireUser();
  if (!hasRole(user, "ADMIN")) forbidden();
  const includeArchived = firstParam((await searchParams).archived) === "1";
  const [t, caller] = await Promise.all([getTranslations("adminPortfolios"), api()]);
  const data = await callForPage(() => caller.portfolios.list({ includeArchived }));
  if (!data) return <Forbidden />;
  const filters = [
    { href: "/admin/portfolios", label: t("filterActive"), current: !includeArchived },
    { href: "/admin/portfolios?archived=1", label: t("filterAll"), current: includeArchived },
  ];
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Button asChild>
            <Link href="/admin/portfolios/new">
              <PlusIcon aria-hidden />
              {t("new")}
            </Link>
          </Button>
        }
      />
      <nav aria-label={t("filterLabel")} className="mb-4 flex gap-1">
        {filters.map((f) => (
          <Link
            key={f.href}
            href={f.href}
            aria-current={f.current ? "page" : undefined}
            className={cn(
              "rounded-md px-3 py-1.5 text-sm text-muted-foreground hover:bg-accent",
              f.current && "bg-accent font-medium text-foreground",
            )}
          >
            {f.label}
          </Link>
        ))}
      </nav>
      {data.items.length === 0 ? (
        <EmptyState icon={FolderKanbanIcon} title={t("emptyTitle")} description={t("emptyDescription")} />
      ) : (
        <PortfolioTable rows={data.items} />
      )}
    </>
  );
}
