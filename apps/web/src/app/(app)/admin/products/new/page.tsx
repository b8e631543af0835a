import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { BackLink } from "@/components/admin-catalog/back-link";
import { ProductCreateForm } from "@/components/admin-catalog/product-create-form";
import { Forbidden } from "@/components/common/forbidden";
import { PageHeader } from "@/components/common/page-header";
import { hasRole, requireUser } from "@/lib/auth-guard";
import { callForPage } from "@/lib/call-for-page";
import { api } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminProducts"))("newTitle") };
}

export default async function NewProductPage() {
  const user = await requireUser();
  if (!hasRole(user, "ADMIN")) forbidden();
  const [t, caller] = await Promise.all([getTranslations("adminProducts"), api()]);
  const portfolios = await callForPage(() => caller.portfolios.list({ includeArchived: false }));
  if (!portfolios) return <Forbidden />;
  return (
    <>
      <BackLink href="/admin/products" label={t("title")} />
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <ProductCreateForm portfolios={portfolios.items.map(({ id, name }) => ({ id, name }))} />
    </>
  );
}
