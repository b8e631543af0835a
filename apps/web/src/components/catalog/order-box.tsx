import { ShoppingCartIcon } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { withParams } from "@/lib/search-params";

/** One Order button per portfolio the product is reachable through for this user. */
export async function OrderBox({
  slug,
  portfolios,
}: {
  slug: string;
  portfolios: { id: string; name: string }[];
}) {
  const t = await getTranslations("productPage");
  return (
    <section aria-labelledby="order-title" className="rounded-xl border bg-card p-5 shadow-sm">
      <h2 id="order-title" className="font-semibold">
        {t("orderTitle")}
      </h2>
      <p className="mt-1 text-sm text-muted-foreground">{t("orderDescription")}</p>
      <ul className="mt-4 space-y-2">
        {portfolios.map((portfolio) => (
          <li
            key={portfolio.id}
            className="flex items-center justify-between gap-3 rounded-lg border px-3 py-2"
          >
            <span className="truncate text-sm font-medium">{portfolio.name}</span>
            <Button asChild size="sm">
              <Link
                href={withParams(`/catalog/${slug}/order`, { portfolio: portfolio.id })}
                aria-label={portfolios.length > 1 ? t("orderFrom", { portfolio: portfolio.name }) : undefined}
              >
                <ShoppingCartIcon aria-hidden />
                {t("order")}
              </Link>
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
