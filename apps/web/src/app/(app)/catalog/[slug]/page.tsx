import { PackageIcon } from "lucide-react";
import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { OrderBox } from "@/components/catalog/order-box";
import { PageSection } from "@/components/catalog/page-section";
import { ParametersTable } from "@/components/catalog/parameters-table";
import { ProductFacts } from "@/components/catalog/product-facts";
import { VersionsList } from "@/components/catalog/versions-list";
import { Forbidden } from "@/components/common/forbidden";
import { CostEstimate } from "@/components/template/cost-estimate";
import { ResourceDiagram } from "@/components/template/resource-diagram";
import { TemplateSource } from "@/components/template/template-source";
import { hasRole, requireUser } from "@/lib/auth-guard";
import { callForPage, metadataOf } from "@/lib/call-for-page";
import { routeParam } from "@/lib/search-params";
import { api } from "@/trpc/server";
import { Breadcrumb } from "@/components/common/breadcrumb";

type TParams = Promise<{ slug: string }>;

/** Once per request: the metadata and the page both ask for it. */
const load = cache(async (segment: string) => {
  const slug = routeParam(segment);
  if (!slug) notFound();
  const caller = await api();
  return callForPage(() => caller.catalog.getProduct({ slug }));
});

export async function generateMetadata({ params }: { params: TParams }): Promise<Metadata> {
  const user = await requireUser();
  if (!hasRole(user, "REQUESTER")) return {};
  const product = await metadataOf(load((await params).slug));
  return product ? { title: product.name } : {};
}

export default async function ProductPage({ params }: { params: TParams }) {
  const user = await requireUser();
  if (!hasRole(user, "REQUESTER")) forbidden();
  const [product, t] = await Promise.all([load((await params).slug), getTranslations("productPage")]);
  if (!product) return <Forbidden />;
  const latest = product.latestVersion;
  return (
    <div className="space-y-6" data-product={product.slug}>
      <Breadcrumb
        label={t("breadcrumb")}
        parent={{ href: "/catalog", label: t("catalog") }}
        current={product.name}
      />
      <header className="flex items-start gap-4">
        <span className="flex size-12 shrink-0 items-center justify-center rounded-xl bg-primary/10 text-primary">
          <PackageIcon className="size-6" aria-hidden />
        </span>
        <div className="min-w-0 space-y-1">
          <h1 className="text-2xl font-semibold tracking-tight">{product.name}</h1>
          <p className="max-w-3xl text-muted-foreground">{product.description || t("noDescription")}</p>
        </div>
      </header>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_320px]">
        <div className="min-w-0 space-y-6 lg:order-1 order-2">
          <PageSection
            id="parameters"
            title={t("parameters")}
            description={t("parametersDescription", { label: latest.label })}
          >
            <ParametersTable fields={latest.formModel.fields} />
          </PageSection>
          <PageSection id="resources" title={t("diagram")} description={t("diagramDescription")}>
            <ResourceDiagram graph={latest.graph} />
          </PageSection>
          <PageSection id="cost" title={t("cost")} description={t("costDescription")}>
            <CostEstimate estimate={latest.cost} basisNote={t("costBasis")} />
          </PageSection>
          <PageSection id="versions" title={t("versions")} description={t("versionsDescription")}>
            <VersionsList versions={product.versions} latestId={latest.id} />
          </PageSection>
          <PageSection
            id="source"
            title={t("source")}
            description={t("sourceDescription", { label: latest.label })}
          >
            <TemplateSource
              source={latest.templateSource}
              format={latest.templateFormat}
              title={`${product.slug}-${latest.label}`}
            />
          </PageSection>
        </div>
        <aside className="order-1 space-y-6 lg:order-2">
          <OrderBox slug={product.slug} portfolios={product.portfolios} />
          <ProductFacts product={product} />
        </aside>
      </div>
    </div>
  );
}
