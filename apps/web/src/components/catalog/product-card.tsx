import { PackageIcon } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { withParams } from "@/lib/search-params";

export interface TCatalogProduct {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  owner?: string | null;
  tags: string[];
  latestVersion: { label: string } | null;
  portfolios?: { id: string; name: string }[];
}

/** One search result. The whole card opens the product; its tags are links of their own that filter the catalog. */
export async function ProductCard({
  product,
  query,
}: {
  product: TCatalogProduct;
  query?: { q?: string; portfolio?: string };
}) {
  const t = await getTranslations("catalogSearch");
  return (
    <article
      className="relative flex h-full flex-col gap-3 rounded-xl border bg-card p-5 shadow-sm transition-shadow focus-within:ring-2 focus-within:ring-ring/40 hover:shadow-md"
      data-product-slug={product.slug}
    >
      <div className="flex items-start justify-between gap-3">
        <span className="flex size-9 shrink-0 items-center justify-center rounded-lg bg-primary/10 text-primary">
          <PackageIcon className="size-5" aria-hidden />
        </span>
        {product.latestVersion ? (
          <Badge variant="outline" className="font-mono">
            {t("latestVersion", { label: product.latestVersion.label })}
          </Badge>
        ) : null}
      </div>
      <div className="space-y-1">
        <h3 className="font-semibold leading-tight">
          <Link
            href={`/catalog/${product.slug}`}
            className="outline-none after:absolute after:inset-0 after:rounded-xl focus-visible:after:ring-2 focus-visible:after:ring-ring"
          >
            {product.name}
          </Link>
        </h3>
        {product.description ? (
          <p className="line-clamp-3 text-sm text-muted-foreground">{product.description}</p>
        ) : null}
      </div>
      <div className="mt-auto space-y-2 pt-1">
        {product.owner || product.portfolios?.length ? (
          <p className="truncate text-xs text-muted-foreground">
            {[
              product.owner ? t("owner", { owner: product.owner }) : null,
              product.portfolios?.map((p) => p.name).join(", "),
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
        ) : null}
        {product.tags.length > 0 ? (
          <ul aria-label={t("tags")} className="relative z-10 flex flex-wrap gap-1">
            {product.tags.map((tag) => (
              <li key={tag}>
                <Link
                  href={withParams("/catalog", { ...query, tag })}
                  aria-label={t("filterByTag", { tag })}
                  className="inline-flex rounded-md bg-secondary px-2 py-0.5 text-xs text-secondary-foreground hover:bg-accent hover:text-accent-foreground"
                >
                  {tag}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </article>
  );
}
