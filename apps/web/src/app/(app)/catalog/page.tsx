import { PackageSearchIcon } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PortfolioSection } from "@/components/catalog/portfolio-section";
import { EmptyState } from "@/components/common/empty-state";
import { Forbidden } from "@/components/common/forbidden";
import { PageHeader } from "@/components/common/page-header";
import { callOrForbidden, hasRole, requireUser } from "@/lib/auth-guard";
import { api } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalog"))("title") };
}

export default async function CatalogPage() {
  const user = await requireUser();
  if (!hasRole(user, "REQUESTER")) return <Forbidden />;
  const [t, caller] = await Promise.all([getTranslations("catalog"), api()]);
  const data = await callOrForbidden(() => caller.catalog.overview());
  if (!data) return <Forbidden />;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {data.portfolios.length === 0 ? (
        <EmptyState icon={PackageSearchIcon} title={t("emptyTitle")} description={t("emptyDescription")} />
      ) : (
        <div className="space-y-10">
          {data.portfolios.map((portfolio) => (
            <PortfolioSection key={portfolio.id} portfolio={portfolio} />
          ))}
        </div>
      )}
    </>
  );
}
