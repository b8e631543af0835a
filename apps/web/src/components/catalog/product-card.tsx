import { PackageIcon } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

export interface TCatalogProduct {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  tags: string[];
  latestVersion: { label: string } | null;
}

export async function ProductCard({ product }: { product: TCatalogProduct }) {
  const t = await getTranslations("catalog");
  return (
    <Card className="h-full transition-shadow hover:shadow-md" data-product-slug={product.slug}>
      <CardHeader>
        <div className="flex items-start justify-between gap-3">
          <span className="flex size-9 shrink-0 items-center justify-center rounded-lg bg-primary/10 text-primary">
            <PackageIcon className="size-5" aria-hidden />
          </span>
          <Badge variant={product.latestVersion ? "outline" : "muted"}>
            {product.latestVersion
              ? t("latestVersion", { label: product.latestVersion.label })
              : t("noVersion")}
          </Badge>
        </div>
        <CardTitle asChild className="pt-2 text-base">
          <h3>{product.name}</h3>
        </CardTitle>
        {product.description ? <CardDescription>{product.description}</CardDescription> : null}
      </CardHeader>
      {product.tags.length > 0 ? (
        <CardContent className="mt-auto">
          <ul aria-label={t("tags")} className="flex flex-wrap gap-1">
            {product.tags.map((tag) => (
              <li key={tag}>
                <Badge variant="secondary" className="font-normal">
                  {tag}
                </Badge>
              </li>
            ))}
          </ul>
        </CardContent>
      ) : null}
    </Card>
  );
}
