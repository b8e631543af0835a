"use client";

import { MAX_EXPIRY_DAYS, MAX_REMINDER_HOURS } from "@stackvend/api/approval-policy";
import { ShieldCheckIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Input } from "@/components/ui/input";
import { ApprovalStages, type TPolicyGroup } from "./approval-stages";
import { AutoApproveFields } from "./auto-approve-fields";
import { approvalPolicyDefinition, type TApprovalPolicyForm } from "./constraint-mapping";
import { Field, FieldErrors } from "./form-bits";
import { PolicySummaryBox } from "./policy-summary-box";
import type { TPolicyParameter } from "./types";

export interface TApprovalPolicyFieldsProps {
  /** Keeps ids unique when two editors share a page. */
  idPrefix: string;
  form: TApprovalPolicyForm;
  onChange: (update: (form: TApprovalPolicyForm) => TApprovalPolicyForm) => void;
  groups: readonly TPolicyGroup[];
  /** The product's parameters to choose conditions from; null where there is no product. */
  parameters: readonly TPolicyParameter[] | null;
  /** Server errors by the editor's paths (see policyErrors). */
  errors: Record<string, string[]>;
}

/** The whole policy: stages, auto-approval, expiry and reminders, and the summary beside them. */
export function ApprovalPolicyFields(props: TApprovalPolicyFieldsProps) {
  const t = useTranslations("approvalPolicy");
  const { idPrefix, form, onChange, errors } = props;
  const patch = (change: Partial<TApprovalPolicyForm>) => onChange((f) => ({ ...f, ...change }));
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="min-w-0 space-y-6">
        <Part id={`${idPrefix}-stages-title`} title={t("stagesTitle")} hint={t("stagesHint")}>
          <ApprovalStages {...props} />
          <FieldErrors errors={errors["stages"] ?? []} />
          <p className="flex items-start gap-2 text-sm text-muted-foreground">
            <ShieldCheckIcon className="mt-0.5 size-4 shrink-0 text-success" aria-hidden />
            {t("separation")}
          </p>
        </Part>
        <Part id={`${idPrefix}-auto-title`} title={t("autoTitle")}>
          <AutoApproveFields {...props} />
        </Part>
        <Part id={`${idPrefix}-timing-title`} title={t("timingTitle")}>
          <div className="grid max-w-2xl gap-4 sm:grid-cols-2">
            <Field
              id={`${idPrefix}-expire`}
              label={t("expireAfterDays")}
              hint={t("expireHint")}
              errors={errors["expireAfterDays"] ?? []}
            >
              {(c) => (
                <Input
                  {...c}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={MAX_EXPIRY_DAYS}
                  placeholder={t("never")}
                  value={form.expireAfterDays}
                  onChange={(e) => patch({ expireAfterDays: e.target.value })}
                />
              )}
            </Field>
            <Field
              id={`${idPrefix}-remind`}
              label={t("remindAfterHours")}
              hint={t("remindHint")}
              errors={errors["remindAfterHours"] ?? []}
            >
              {(c) => (
                <Input
                  {...c}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={MAX_REMINDER_HOURS}
                  placeholder={t("never")}
                  value={form.remindAfterHours}
                  onChange={(e) => patch({ remindAfterHours: e.target.value })}
                />
              )}
            </Field>
          </div>
        </Part>
      </div>
      <div className="lg:sticky lg:top-20 lg:self-start">
        <PolicySummaryBox id={`${idPrefix}-summary`} policy={approvalPolicyDefinition(form)} />
      </div>
    </div>
  );
}

function Part({
  id,
  title,
  hint,
  children,
}: {
  id: string;
  title: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <div className="space-y-1">
        <h3 id={id} className="text-sm font-semibold">
          {title}
        </h3>
        {hint ? <p className="text-sm text-muted-foreground">{hint}</p> : null}
      </div>
      {children}
    </section>
  );
}
