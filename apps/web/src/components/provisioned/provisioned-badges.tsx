import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

export interface TVersionStanding {
  status: "ACTIVE" | "TERMINATED";
  deprecated: boolean;
  outdated: boolean;
  latestVersion: { id: string; label: string } | null;
  openRequest: { id: string; number: number } | null;
}

/**
 * Active or terminated, and what needs attention: a deprecated or outdated
 * version, a change under way. Renders on the server and in the admin's
 * client table alike.
 */
export function ProvisionedBadges({ product }: { product: TVersionStanding }) {
  const t = useTranslations("myProducts");
  const active = product.status === "ACTIVE";
  return (
    <span className="flex flex-wrap gap-1">
      <Badge variant={active ? "success" : "muted"} data-status={product.status}>
        {active ? t("active") : t("terminated")}
      </Badge>
      {active && product.deprecated ? (
        <Badge variant="destructive" data-standing="deprecated">
          {t("deprecated")}
        </Badge>
      ) : null}
      {active && product.outdated && product.latestVersion ? (
        <Badge variant="warning" data-standing="outdated">
          {t("outdated", { label: product.latestVersion.label })}
        </Badge>
      ) : null}
      {product.openRequest ? (
        <Badge variant="info">{t("underWay", { number: product.openRequest.number })}</Badge>
      ) : null}
    </span>
  );
}
