import { XIcon } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SearchField } from "@/components/common/search-field";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/input";
import { withParams } from "@/lib/search-params";

export interface TCatalogQuery {
  q: string;
  portfolio: string;
  tag: string;
}

interface TCatalogFiltersProps {
  query: TCatalogQuery;
  portfolios: { id: string; name: string }[];
}

/** A plain GET form, so a search is a link and works before any JavaScript loads. */
export async function CatalogFilters({ query, portfolios }: TCatalogFiltersProps) {
  const t = await getTranslations("catalogSearch");
  const filtered = query.q !== "" || query.portfolio !== "" || query.tag !== "";
  return (
    <div className="mb-6 space-y-3">
      <form role="search" action="/catalog" className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex-1 space-y-1.5">
          <SearchField
            id="catalog-q"
            label={t("searchLabel")}
            defaultValue={query.q}
            placeholder={t("searchPlaceholder")}
            large
          />
        </div>
        {portfolios.length > 1 ? (
          <div className="space-y-1.5 sm:w-56">
            <label htmlFor="catalog-portfolio" className="sr-only">
              {t("portfolioLabel")}
            </label>
            <NativeSelect
              id="catalog-portfolio"
              name="portfolio"
              defaultValue={query.portfolio}
              className="h-10"
            >
              <option value="">{t("allPortfolios")}</option>
              {portfolios.map((portfolio) => (
                <option key={portfolio.id} value={portfolio.id}>
                  {portfolio.name}
                </option>
              ))}
            </NativeSelect>
          </div>
        ) : null}
        {query.tag ? <input type="hidden" name="tag" value={query.tag} /> : null}
        <Button type="submit" className="h-10">
          {t("submit")}
        </Button>
      </form>
      {filtered ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          {query.tag ? (
            <Link
              href={withParams("/catalog", { q: query.q, portfolio: query.portfolio })}
              aria-label={t("removeTag", { tag: query.tag })}
              className="inline-flex items-center gap-1 rounded-full border bg-secondary px-2.5 py-0.5 text-xs font-medium hover:bg-accent"
            >
              {t("tagFilter", { tag: query.tag })}
              <XIcon className="size-3" aria-hidden />
            </Link>
          ) : null}
          <Link
            href="/catalog"
            className="text-xs text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
          >
            {t("clear")}
          </Link>
        </div>
      ) : null}
    </div>
  );
}
