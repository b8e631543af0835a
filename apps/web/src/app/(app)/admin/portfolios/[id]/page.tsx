import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { BackLink } from "@/components/admin-catalog/back-link";
import { PortfolioAccess } from "@/components/admin-catalog/portfolio-access";
import { PortfolioApprovalPolicy } from "@/components/admin-catalog/portfolio-approval-policy";
import { PortfolioArchive } from "@/components/admin-catalog/portfolio-archive";
import { PortfolioForm } from "@/components/admin-catalog/portfolio-form";
import { PortfolioProducts } from "@/components/admin-catalog/portfolio-products";
import { Section } from "@/components/admin-catalog/section";
import { Forbidden } from "@/components/common/forbidden";
import { PageHeader } from "@/components/common/page-header";
import { Badge } from "@/components/ui/badge";
import { hasRole, requireUser } from "@/lib/auth-guard";
import { callForPage } from "@/lib/call-for-page";
import { api } from "@/trpc/server";

type TProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPortfolios"))("title") };
}

export default async function AdminPortfolioPage({ params }: TProps) {
  const user = await requireUser();
  if (!hasRole(user, "ADMIN")) forbidden();
  const { id } = await params;
  const [t, caller] = await Promise.all([getTranslations("adminPortfolios"), api()]);
  const data = await callForPage(() =>
    Promise.all([caller.portfolios.get({ id }), caller.groups.list(), caller.products.list({ limit: 200 })]),
  );
  if (!data) return <Forbidden />;
  const [portfolio, groups, products] = data;
  return (
    <>
      <BackLink href="/admin/portfolios" label={t("title")} />
      <PageHeader
        title={portfolio.name}
        description={portfolio.description || undefined}
        actions={
          <>
            {portfolio.archivedAt ? <Badge variant="muted">{t("archived")}</Badge> : null}
            <PortfolioArchive id={portfolio.id} archived={portfolio.archivedAt !== null} />
          </>
        }
      />
      <div className="space-y-6">
        <Section id="portfolio-access" title={t("accessTitle")} description={t("accessDescription")}>
          <PortfolioAccess portfolioId={portfolio.id} grants={portfolio.access} groups={groups.items} />
        </Section>
        <Section id="portfolio-products" title={t("productsTitle")} description={t("productsDescription")}>
          <PortfolioProducts
            portfolioId={portfolio.id}
            products={portfolio.products}
            allProducts={products.items}
          />
        </Section>
        <Section
          id="portfolio-approval-policy"
          title={t("policyTitle")}
          description={t("policyDescription")}
          actions={
            <Badge variant={portfolio.defaultApprovalPolicy ? "success" : "muted"}>
              {portfolio.defaultApprovalPolicy ? t("policyCustom") : t("policyBuiltIn")}
            </Badge>
          }
        >
          <PortfolioApprovalPolicy
            portfolioId={portfolio.id}
            policy={portfolio.defaultApprovalPolicy}
            groups={groups.items}
          />
        </Section>
        <Section id="portfolio-details" title={t("detailsTitle")}>
          <PortfolioForm portfolio={portfolio} />
        </Section>
      </div>
    </>
  );
}
