import { FilterIcon } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/input";

interface TQueueFiltersProps {
  query: { portfolio: string; product: string };
  facets: { portfolios: { id: string; name: string }[]; products: { id: string; name: string }[] };
}

/** A plain GET form over the queue's own portfolios and products, so a filtered queue is a link. */
export async function QueueFilters({ query, facets }: TQueueFiltersProps) {
  const t = await getTranslations("approvals.filters");
  const filtered = query.portfolio !== "" || query.product !== "";
  return (
    <form
      role="search"
      aria-label={t("label")}
      action="/approvals"
      className="mb-4 flex flex-col gap-2 rounded-xl border bg-card p-3 shadow-sm sm:flex-row sm:items-end"
    >
      <div className="space-y-1 sm:w-56">
        <label htmlFor="queue-portfolio" className="text-xs font-medium text-muted-foreground">
          {t("portfolio")}
        </label>
        <NativeSelect id="queue-portfolio" name="portfolio" defaultValue={query.portfolio}>
          <option value="">{t("allPortfolios")}</option>
          {facets.portfolios.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="space-y-1 sm:w-64">
        <label htmlFor="queue-product" className="text-xs font-medium text-muted-foreground">
          {t("product")}
        </label>
        <NativeSelect id="queue-product" name="product" defaultValue={query.product}>
          <option value="">{t("allProducts")}</option>
          {facets.products.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex items-center gap-2">
        <Button type="submit" variant="secondary">
          <FilterIcon aria-hidden />
          {t("apply")}
        </Button>
        {filtered ? (
          <Button asChild variant="ghost">
            <Link href="/approvals">{t("clear")}</Link>
          </Button>
        ) : null}
      </div>
    </form>
  );
}
