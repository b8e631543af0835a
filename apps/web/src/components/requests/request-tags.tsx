import { getTranslations } from "next-intl/server";

/** A request's tags as key and value, in the order given. */
export async function RequestTags({ tags }: { tags: Record<string, string> }) {
  const t = await getTranslations("requestDetail");
  const entries = Object.entries(tags);
  if (entries.length === 0) return <p className="text-sm text-muted-foreground">{t("noTags")}</p>;
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt className="font-mono text-xs text-muted-foreground">{key}</dt>
          <dd className="font-mono">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
