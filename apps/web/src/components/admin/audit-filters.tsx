import { DownloadIcon, FilterIcon } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { withParams } from "@/lib/search-params";
import { hasAuditFilters, type TAuditFilters } from "./audit-filter-params";

const FIELDS = [
  { key: "actor", type: "search", placeholder: "filterActorPlaceholder" },
  { key: "action", type: "search", placeholder: "filterActionPlaceholder" },
  { key: "objectType", type: "search", placeholder: "filterObjectTypePlaceholder" },
  { key: "objectId", type: "search", placeholder: undefined },
  { key: "from", type: "date", placeholder: undefined },
  { key: "to", type: "date", placeholder: undefined },
] as const;

const LABELS = {
  actor: "filterActor",
  action: "filterAction",
  objectType: "filterObjectType",
  objectId: "filterObjectId",
  from: "filterFrom",
  to: "filterTo",
} as const;

export async function AuditFilters({ filters }: { filters: TAuditFilters }) {
  const t = await getTranslations("audit");
  const download = (format: "csv" | "jsonl") => withParams("/api/admin/audit/export", { format, ...filters });
  return (
    <form
      role="search"
      aria-label={t("filtersTitle")}
      action="/admin/audit"
      method="get"
      className="space-y-3 rounded-xl border bg-card p-4"
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {FIELDS.map((field) => (
          <div key={field.key} className="space-y-1.5">
            <Label htmlFor={`audit-${field.key}`}>{t(LABELS[field.key])}</Label>
            <Input
              id={`audit-${field.key}`}
              name={field.key}
              type={field.type}
              defaultValue={filters[field.key]}
              placeholder={field.placeholder ? t(field.placeholder) : undefined}
              maxLength={254}
            />
          </div>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="secondary">
          <FilterIcon aria-hidden />
          {t("apply")}
        </Button>
        {hasAuditFilters(filters) ? (
          <Button asChild variant="ghost">
            <Link href="/admin/audit">{t("clear")}</Link>
          </Button>
        ) : null}
        <span
          className="ml-auto flex items-center gap-2 text-sm text-muted-foreground"
          title={t("downloadHint")}
        >
          {t("download")}
          <Button asChild variant="outline" size="sm">
            <a href={download("csv")} download>
              <DownloadIcon aria-hidden />
              {t("downloadCsv")}
            </a>
          </Button>
          <Button asChild variant="outline" size="sm">
            <a href={download("jsonl")} download>
              <DownloadIcon aria-hidden />
              {t("downloadJsonl")}
            </a>
          </Button>
        </span>
      </div>
      <p className="text-xs text-muted-foreground">{t("downloadHint")}</p>
    </form>
  );
}
