import { PackageIcon, PlusIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { ProductTable } from "@/components/admin-catalog/product-table";
import { EmptyState } from "@/components/common/empty-state";
import { Forbidden } from "@/components/common/forbidden";
import { PageHeader } from "@/components/common/page-header";
import { Pager } from "@/components/common/pager";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { hasRole, requireUser } from "@/lib/auth-guard";
import { callForPage } from "@/lib/call-for-page";
import { firstParam, withParams } from "@/lib/search-params";
import { api } from "@/trpc/server";

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminProducts"))("title") };
}

export default async function AdminProductsPage({ searchParams }: TProps) {
  const user = await requireUser();
  if (!hasRole(user, "ADMIN")) forbidden();
  const params = await searchParams;
  const [query, cursor] = [firstParam(params.q), firstParam(params.cursor, 64)];
  const [t, caller] = await Promise.all([getTranslations("adminProducts"), api()]);
  const data = await callForPage(() =>
    caller.products.list({ query: query || undefined, cursor: cursor || undefined, limit: 50 }),
  );
  if (!data) return <Forbidden />;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Button asChild>
            <Link href="/admin/products/new">
              <PlusIcon aria-hidden />
              {t("new")}
            </Link>
          </Button>
        }
      />
      <form role="search" action="/admin/products" method="get" className="mb-4 flex max-w-md gap-2">
        <label htmlFor="admin-product-search" className="sr-only">
          {t("searchLabel")}
        </label>
        <Input
          id="admin-product-search"
          type="search"
          name="q"
          defaultValue={query}
          placeholder={t("searchPlaceholder")}
        />
        <Button type="submit" variant="secondary">
          {t("search")}
        </Button>
      </form>
      {data.items.length === 0 ? (
        <EmptyState
          icon={PackageIcon}
          title={query ? t("emptySearch", { query }) : t("emptyTitle")}
          description={query ? undefined : t("emptyDescription")}
        />
      ) : (
        <ProductTable rows={data.items} />
      )}
      <Pager
        label={t("paginationLabel")}
        first={cursor ? { href: withParams("/admin/products", { q: query }), label: t("first") } : undefined}
        next={
          data.nextCursor
            ? { href: withParams("/admin/products", { q: query, cursor: data.nextCursor }), label: t("next") }
            : undefined
        }
      />
    </>
  );
}
