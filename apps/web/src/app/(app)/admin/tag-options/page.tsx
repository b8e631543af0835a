import { TagsIcon } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { Section } from "@/components/admin-catalog/section";
import { groupByKey } from "@/components/admin-catalog/tag-option-groups";
import { TagOptionForm, TagOptionRow } from "@/components/admin-catalog/tag-options-manager";
import { EmptyState } from "@/components/common/empty-state";
import { Forbidden } from "@/components/common/forbidden";
import { PageHeader } from "@/components/common/page-header";
import { hasRole, requireUser } from "@/lib/auth-guard";
import { callForPage } from "@/lib/call-for-page";
import { api } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminTagOptions"))("title") };
}

export default async function TagOptionsPage() {
  const user = await requireUser();
  if (!hasRole(user, "ADMIN")) forbidden();
  const [t, caller] = await Promise.all([getTranslations("adminTagOptions"), api()]);
  const data = await callForPage(() => caller.tagOptions.list({ includeInactive: true }));
  if (!data) return <Forbidden />;
  const groups = groupByKey(data.items);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <Section id="tag-option-new" title={t("newTitle")} description={t("newDescription")}>
          <TagOptionForm keys={groups.map(([key]) => key)} />
        </Section>
        {groups.length === 0 ? (
          <EmptyState icon={TagsIcon} title={t("emptyTitle")} description={t("emptyDescription")} />
        ) : (
          groups.map(([key, options]) => (
            <section key={key} aria-labelledby={`tag-key-${key}`} className="space-y-2">
              <h2 id={`tag-key-${key}`} className="flex items-baseline gap-2 text-base font-semibold">
                <span className="font-mono">{key}</span>
                <span className="text-sm font-normal text-muted-foreground">
                  {t("activeCount", { count: options.filter((o) => o.active).length })}
                </span>
              </h2>
              <ul className="divide-y rounded-lg border bg-card">
                {options.map((option) => (
                  <TagOptionRow key={option.id} option={option} />
                ))}
              </ul>
            </section>
          ))
        )}
      </div>
    </>
  );
}
