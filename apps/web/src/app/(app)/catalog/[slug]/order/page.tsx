import type { Metadata } from "next";
import { forbidden, notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/common/forbidden";
import { OrderForm } from "@/components/order-form/order-form";
import { OrderHeader } from "@/components/order-form/order-header";
import { hasRole, requireUser } from "@/lib/auth-guard";
import { callForPage } from "@/lib/call-for-page";
import { firstParam, routeParam, withParams } from "@/lib/search-params";
import { api } from "@/trpc/server";

type TProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations("productPage");
  return { title: `${t("order")} · ${routeParam((await params).slug) ?? ""}` };
}

export default async function OrderPage({ params, searchParams }: TProps) {
  const user = await requireUser();
  if (!hasRole(user, "REQUESTER")) forbidden();
  const [{ slug: rawSlug }, query, caller, t] = await Promise.all([
    params,
    searchParams,
    api(),
    getTranslations("orderForm"),
  ]);
  const slug = routeParam(rawSlug);
  if (!slug) notFound();
  const product = await callForPage(() => caller.catalog.getProduct({ slug }));
  if (!product) return <Forbidden />;
  const portfolioId =
    firstParam(query.portfolio, 64) || (product.portfolios.length === 1 ? product.portfolios[0]!.id : "");
  if (!portfolioId) redirect(`/catalog/${product.slug}`);
  if (!product.portfolios.some((p) => p.id === portfolioId)) notFound();
  const versionId = firstParam(query.version, 64) || undefined;
  const form = await callForPage(() => caller.orders.getForm({ productSlug: slug, portfolioId, versionId }));
  if (!form) return <Forbidden />;
  return (
    <>
      <OrderHeader form={form} title={t("title", { product: form.product.name })} />
      <OrderForm
        form={form}
        graph={form.version.id === product.latestVersion.id ? product.latestVersion.graph : undefined}
        backHref={withParams(`/catalog/${product.slug}`, {})}
      />
    </>
  );
}
