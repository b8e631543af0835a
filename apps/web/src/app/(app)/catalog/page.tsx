import { PackageSearchIcon, SearchXIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { CatalogFilters } from "@/components/catalog/catalog-filters";
import { ProductCard } from "@/components/catalog/product-card";
import { EmptyState } from "@/components/common/empty-state";
import { Forbidden } from "@/components/common/forbidden";
import { PageHeader } from "@/components/common/page-header";
import { Pager } from "@/components/common/pager";
import { Button } from "@/components/ui/button";
import { hasRole, requireUser } from "@/lib/auth-guard";
import { callForPage } from "@/lib/call-for-page";
import { firstParam, withParams } from "@/lib/search-params";
import { api } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalogSearch"))("title") };
}

type TSearchParams = Promise<Record<string, string | string[] | undefined>>;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export default async function CatalogPage({ searchParams }: { searchParams: TSearchParams }) {
  const user = await requireUser();
  if (!hasRole(user, "REQUESTER")) forbidden();
  const params = await searchParams;
  const query = {
    q: firstParam(params.q),
    portfolio: firstParam(params.portfolio, 64),
    tag: firstParam(params.tag, 40),
  };
  const cursor = firstParam(params.cursor, 64);
  const [t, caller] = await Promise.all([getTranslations("catalogSearch"), api()]);
  const data = await callForPage(() =>
    Promise.all([
      caller.catalog.search({
        query: query.q || undefined,
        portfolioId: ID.test(query.portfolio) ? query.portfolio : undefined,
        tag: query.tag || undefined,
        cursor: ID.test(cursor) ? cursor : undefined,
        limit: 24,
      }),
      caller.catalog.overview(),
    ]),
  );
  if (!data) return <Forbidden />;
  const [results, overview] = data;
  const portfolios = overview.portfolios.map(({ id, name }) => ({ id, name }));
  const filtered = query.q !== "" || query.portfolio !== "" || query.tag !== "";
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {portfolios.length === 0 ? (
        <EmptyState icon={PackageSearchIcon} title={t("emptyTitle")} description={t("emptyDescription")} />
      ) : (
        <>
          <CatalogFilters query={query} portfolios={portfolios} />
          <p className="mb-3 text-sm text-muted-foreground" role="status">
            {results.totalIsCapped
              ? query.q
                ? t("resultsForCapped", { count: results.total, query: query.q })
                : t("resultsCapped", { count: results.total })
              : query.q
                ? t("resultsFor", { count: results.total, query: query.q })
                : t("results", { count: results.total })}
          </p>
          {results.items.length === 0 ? (
            <EmptyState
              icon={SearchXIcon}
              title={filtered ? t("noResultsTitle") : t("emptyTitle")}
              description={filtered ? t("noResultsDescription") : t("emptyDescription")}
              action={
                filtered ? (
                  <Button asChild variant="outline">
                    <Link href="/catalog">{t("clear")}</Link>
                  </Button>
                ) : undefined
              }
            />
          ) : (
            <ul aria-label={t("resultsLabel")} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {results.items.map((product) => (
                <li key={product.id}>
                  <ProductCard product={product} query={{ q: query.q, portfolio: query.portfolio }} />
                </li>
              ))}
            </ul>
          )}
          <Pager
            label={t("pagerLabel")}
            first={cursor ? { href: withParams("/catalog", query), label: t("firstPage") } : undefined}
            next={
              results.nextCursor
                ? {
                    href: withParams("/catalog", { ...query, cursor: results.nextCursor }),
                    label: t("nextPage"),
                  }
                : undefined
            }
          />
        </>
      )}
    </>
  );
}
