import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

interface TProductFactsProps {
  product: {
    owner: string | null;
    supportUrl: string | null;
    tags: string[];
    latestVersion: { label: string; digest: string };
  };
}

const SECTIONS = ["parameters", "resources", "cost", "versions", "source"] as const;

/** Owner, support, tags and the latest version's digest, with links to the page's sections. */
export async function ProductFacts({ product }: TProductFactsProps) {
  const t = await getTranslations("productPage");
  const safeSupport =
    product.supportUrl && /^(https?:|mailto:)/i.test(product.supportUrl) ? product.supportUrl : null;
  return (
    <section aria-labelledby="facts-title" className="rounded-xl border bg-card p-5 text-sm shadow-sm">
      <h2 id="facts-title" className="font-semibold">
        {t("details")}
      </h2>
      <dl className="mt-3 space-y-3">
        <div>
          <dt className="text-xs text-muted-foreground">{t("owner")}</dt>
          <dd>{product.owner || t("noOwner")}</dd>
        </div>
        {safeSupport ? (
          <div>
            <dt className="text-xs text-muted-foreground">{t("support")}</dt>
            <dd className="truncate">
              <a
                href={safeSupport}
                className="text-primary underline-offset-4 hover:underline"
                rel="noreferrer"
              >
                {safeSupport.replace(/^mailto:/i, "")}
              </a>
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="text-xs text-muted-foreground">{t("latest")}</dt>
          <dd className="font-mono">{product.latestVersion.label}</dd>
        </div>
        <div>
          <dt className="text-xs text-muted-foreground">{t("digest")}</dt>
          <dd className="truncate font-mono text-xs" title={product.latestVersion.digest}>
            {product.latestVersion.digest.slice(0, 16)}…
          </dd>
        </div>
        {product.tags.length > 0 ? (
          <div>
            <dt className="text-xs text-muted-foreground">{t("tags")}</dt>
            <dd className="mt-1 flex flex-wrap gap-1">
              {product.tags.map((tag) => (
                <Badge key={tag} variant="secondary" className="font-normal">
                  {tag}
                </Badge>
              ))}
            </dd>
          </div>
        ) : null}
      </dl>
      <nav aria-label={t("sections")} className="mt-4 border-t pt-3">
        <ul className="space-y-1">
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}`} className="text-muted-foreground hover:text-foreground">
                {t(id === "resources" ? "diagram" : id === "source" ? "source" : id)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </section>
  );
}
