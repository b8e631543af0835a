import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { BackLink } from "@/components/admin-catalog/back-link";
import { PortfolioForm } from "@/components/admin-catalog/portfolio-form";
import { PageHeader } from "@/components/common/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { hasRole, requireUser } from "@/lib/auth-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPortfolios"))("newTitle") };
}

export default async function NewPortfolioPage() {
  const user = await requireUser();
  if (!hasRole(user, "ADMIN")) forbidden();
  const t = await getTranslations("adminPortfolios");
  return (
    <>
      <BackLink href="/admin/portfolios" label={t("title")} />
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <Card className="max-w-3xl">
        <CardContent className="pt-6">
          <PortfolioForm />
        </CardContent>
      </Card>
    </>
  );
}
