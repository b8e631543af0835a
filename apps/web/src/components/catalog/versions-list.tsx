import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

export interface TVersionSummary {
  id: string;
  label: string;
  releaseNotes: string | null;
  status: "ACTIVE" | "DEPRECATED" | string;
  createdAt: Date;
  deprecatedAt: Date | null;
}

/** Versions newest first, with release notes; deprecated ones say so and when. */
export async function VersionsList({
  versions,
  latestId,
}: {
  versions: TVersionSummary[];
  latestId: string;
}) {
  const [t, format] = await Promise.all([getTranslations("productPage"), getFormatter()]);
  return (
    <ol className="space-y-4">
      {versions.map((version) => {
        const deprecated = version.status !== "ACTIVE";
        return (
          <li key={version.id} className="relative border-l-2 pl-4" data-version={version.label}>
            <div className="flex flex-wrap items-center gap-2">
              <span
                className={
                  deprecated
                    ? "font-mono font-medium text-muted-foreground line-through decoration-1"
                    : "font-mono font-medium"
                }
              >
                {version.label}
              </span>
              {version.id === latestId ? <Badge variant="success">{t("latestBadge")}</Badge> : null}
              {deprecated ? <Badge variant="muted">{t("deprecated")}</Badge> : null}
              <span className="text-xs text-muted-foreground">
                {t("publishedOn", { date: format.dateTime(version.createdAt, { dateStyle: "medium" }) })}
                {version.deprecatedAt
                  ? ` · ${t("deprecatedOn", { date: format.dateTime(version.deprecatedAt, { dateStyle: "medium" }) })}`
                  : ""}
              </span>
            </div>
            <p className="mt-1 whitespace-pre-line text-sm text-muted-foreground">
              {version.releaseNotes?.trim() || t("noReleaseNotes")}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
