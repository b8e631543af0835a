import { useTranslations } from "next-intl";

export interface TCarryOverIssue {
  parameter: string;
  value: string | string[];
  rule: string;
}

/** Deployed values an update's new version refuses, left out of the draft for its owner to choose again. */
export function CarryOverIssues({ issues }: { issues: TCarryOverIssue[] }) {
  const t = useTranslations("requestCarryOver");
  if (issues.length === 0) return null;
  return (
    <section
      aria-labelledby="carry-over-title"
      className="rounded-lg border border-warning/50 bg-warning/5 p-4 text-sm"
      data-testid="carry-over-issues"
    >
      <h2 id="carry-over-title" className="font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1">{t("description")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {issues.map((issue) => (
          <li key={issue.parameter}>
            {t("row", {
              parameter: issue.parameter,
              value: Array.isArray(issue.value) ? issue.value.join(",") : issue.value,
              rule: issue.rule,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
