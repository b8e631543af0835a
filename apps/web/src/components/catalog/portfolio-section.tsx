import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ProductCard, type TCatalogProduct } from "./product-card";

export interface TCatalogPortfolio {
  id: string;
  name: string;
  description: string | null;
  products: TCatalogProduct[];
}

export async function PortfolioSection({ portfolio }: { portfolio: TCatalogPortfolio }) {
  const t = await getTranslations("catalog");
  const headingId = `portfolio-${portfolio.id}`;
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <div className="space-y-1">
        <div className="flex items-center gap-2">
          <h2 id={headingId} className="text-lg font-semibold tracking-tight">
            {portfolio.name}
          </h2>
          <Badge variant="muted">{t("productCount", { count: portfolio.products.length })}</Badge>
        </div>
        {portfolio.description ? (
          <p className="text-sm text-muted-foreground">{portfolio.description}</p>
        ) : null}
      </div>
      {portfolio.products.length === 0 ? (
        <p className="rounded-lg border border-dashed px-4 py-6 text-center text-sm text-muted-foreground">
          {t("portfolioEmpty")}
        </p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {portfolio.products.map((product) => (
            <li key={product.id}>
              <ProductCard product={product} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
