import { CheckCircle2Icon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { AddVersionForm } from "@/components/admin-catalog/add-version-form";
import { BackLink } from "@/components/admin-catalog/back-link";
import { ProductMetadataForm } from "@/components/admin-catalog/product-metadata-form";
import { Section } from "@/components/admin-catalog/section";
import { suggestNextLabel } from "@/components/admin-catalog/slug";
import { VersionList } from "@/components/admin-catalog/version-list";
import { Forbidden } from "@/components/common/forbidden";
import { PageHeader } from "@/components/common/page-header";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { hasRole, requireUser } from "@/lib/auth-guard";
import { callForPage } from "@/lib/call-for-page";
import { firstParam } from "@/lib/search-params";
import { api } from "@/trpc/server";

type TProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminProducts"))("title") };
}

export default async function AdminProductPage({ params, searchParams }: TProps) {
  const user = await requireUser();
  if (!hasRole(user, "ADMIN")) forbidden();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [t, caller] = await Promise.all([getTranslations("adminProducts"), api()]);
  const product = await callForPage(() => caller.products.get({ productId: id }));
  if (!product) return <Forbidden />;
  return (
    <>
      <BackLink href="/admin/products" label={t("title")} />
      <PageHeader title={product.name} description={product.description || undefined} />
      {firstParam(query.published) === "1" ? (
        <Alert variant="success" className="mb-6">
          <CheckCircle2Icon aria-hidden />
          <AlertTitle>{t("publishedTitle")}</AlertTitle>
          <AlertDescription>{t("publishedDescription")}</AlertDescription>
        </Alert>
      ) : null}
      <div className="mb-6 flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
        <span className="font-mono">{product.slug}</span>
        <span aria-hidden>·</span>
        <span>{t("inPortfolios")}</span>
        {product.portfolios.length === 0 ? <span>{t("inNoPortfolio")}</span> : null}
        {product.portfolios.map((p) => (
          <Link key={p.id} href={`/admin/portfolios/${p.id}`}>
            <Badge variant="secondary" className="font-normal hover:bg-secondary/70">
              {p.name}
            </Badge>
          </Link>
        ))}
      </div>
      <div className="space-y-6">
        <Section id="product-versions" title={t("versions.title")} description={t("versions.description")}>
          <VersionList versions={product.versions} />
        </Section>
        <Section
          id="product-add-version"
          title={t("versions.addTitle")}
          description={t("versions.addDescription")}
        >
          <AddVersionForm
            productId={product.id}
            suggestedLabel={suggestNextLabel(product.versions[0]?.label)}
          />
        </Section>
        <Section id="product-metadata" title={t("detailsTitle")}>
          <ProductMetadataForm product={product} />
        </Section>
      </div>
    </>
  );
}
