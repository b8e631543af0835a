import type { TJsonObject } from "@stackvend/cfn";
import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/admin-catalog/back-link";
import { ParameterValuesEditor } from "@/components/admin-catalog/parameter-values-editor";
import {
  ApprovalPolicyEditor,
  LaunchRoleEditor,
  RequiredTagsEditor,
} from "@/components/admin-catalog/policy-editors";
import { groupByKey } from "@/components/admin-catalog/tag-option-groups";
import { TemplateRulesEditor } from "@/components/admin-catalog/template-rules-editor";
import type { TConstraintKind, TConstraintRow } from "@/components/admin-catalog/types";
import { Forbidden } from "@/components/common/forbidden";
import { PageHeader } from "@/components/common/page-header";
import { hasRole, requireUser } from "@/lib/auth-guard";
import { callForPage } from "@/lib/call-for-page";
import { api } from "@/trpc/server";

type TProps = { params: Promise<{ id: string; productId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminConstraints"))("title") };
}

/** The stored definition of one kind, typed as its editor reads it (the server validated it when set). */
function existingOf<T>(rows: TConstraintRow[], kind: TConstraintKind): { id: string; definition: T } | null {
  const row = rows.find((r) => r.kind === kind);
  return row ? { id: row.id, definition: row.definition as T } : null;
}

export default async function ConstraintsPage({ params }: TProps) {
  const user = await requireUser();
  if (!hasRole(user, "ADMIN")) forbidden();
  const { id, productId } = await params;
  const [t, caller] = await Promise.all([getTranslations("adminConstraints"), api()]);
  const data = await callForPage(() =>
    Promise.all([
      caller.portfolios.get({ id }),
      caller.products.get({ productId }),
      caller.constraints.list({ portfolioId: id, productId }),
      caller.tagOptions.list({ includeInactive: false }),
      caller.groups.list(),
    ]),
  );
  if (!data) return <Forbidden />;
  const [portfolio, product, constraints, tagOptions, groups] = data;
  if (!portfolio.products.some((p) => p.id === productId)) notFound();
  const pair = { portfolioId: id, productId };
  const rows = constraints.items;
  const tagKeys = groupByKey(tagOptions.items).map(([key, options]) => ({
    key,
    values: options.map((o) => o.value),
  }));
  return (
    <>
      <BackLink href={`/admin/portfolios/${id}`} label={portfolio.name} />
      <PageHeader
        title={t("heading", { name: product.name })}
        description={t("description", { name: portfolio.name })}
      />
      <div className="space-y-6">
        {product.latestActiveVersion ? (
          <ParameterValuesEditor
            pair={pair}
            fields={product.latestActiveVersion.formModel.fields}
            existing={existingOf(rows, "PARAMETER_VALUES")}
          />
        ) : (
          <p className="rounded-lg border border-dashed p-4 text-sm text-muted-foreground">
            {t("noActiveVersion")}
          </p>
        )}
        <TemplateRulesEditor
          pair={pair}
          existing={existingOf<{ rules?: TJsonObject }>(rows, "TEMPLATE_RULES")}
        />
        <RequiredTagsEditor pair={pair} tagKeys={tagKeys} existing={existingOf(rows, "REQUIRED_TAGS")} />
        <ApprovalPolicyEditor
          pair={pair}
          groups={groups.items}
          parameters={
            product.latestActiveVersion?.formModel.fields
              .filter((f) => !f.secret)
              .map(({ name, label, options }) => ({ name, label, options })) ?? null
          }
          existing={existingOf(rows, "APPROVAL_POLICY")}
        />
        <LaunchRoleEditor pair={pair} existing={existingOf(rows, "LAUNCH_ROLE")} />
      </div>
    </>
  );
}
