"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { fieldErrorRecord } from "@/lib/field-errors";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";
import { ApprovalPolicyFields } from "./approval-policy-fields";
import type { TPolicyGroup } from "./approval-stages";
import {
  approvalPolicyDefinition,
  approvalPolicyForm,
  policyErrors,
  sentPolicyOf,
  type TApprovalPolicyForm,
  type TSentPolicy,
} from "./constraint-mapping";
import { FieldErrors, FormError, PendingButton, SavedNote } from "./form-bits";
import { builtInPolicy } from "./policy-summary";
import { PolicySummaryBox } from "./policy-summary-box";
import type { TApprovalPolicyDefinition } from "./types";
import { useRefresh } from "./use-refresh";

interface TPortfolioApprovalPolicyProps {
  portfolioId: string;
  policy: TApprovalPolicyDefinition | null;
  groups: readonly TPolicyGroup[];
}

/** The portfolio's default approval policy, or the built-in one; products with their own policy keep it. */
export function PortfolioApprovalPolicy({ portfolioId, policy, groups }: TPortfolioApprovalPolicyProps) {
  const t = useTranslations("adminPortfolios");
  const ts = useTranslations("approvalSummary");
  const trpc = useTRPC();
  const [refreshing, refresh] = useRefresh();
  const [custom, setCustom] = useState(policy !== null);
  const [form, setForm] = useState<TApprovalPolicyForm>(() => approvalPolicyForm(policy, ts("builtInStage")));
  const [sent, setSent] = useState<TSentPolicy | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.portfolios.setDefaultApprovalPolicy.mutationOptions({
      onSuccess: () => {
        setSaved(true);
        refresh();
      },
    }),
  );
  const fieldErrors = fieldErrorRecord(save.error);
  const errors = policyErrors(sent, fieldErrors);
  const pending = save.isPending || refreshing;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    setSent(custom ? sentPolicyOf(form) : null);
    save.mutate({ id: portfolioId, definition: custom ? approvalPolicyDefinition(form) : null });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="sr-only">{t("policyChoice")}</legend>
        {[false, true].map((choice) => (
          <label
            key={String(choice)}
            className={cn(
              "flex cursor-pointer items-start gap-2.5 rounded-lg border p-3 text-sm transition-colors",
              custom === choice ? "border-primary bg-primary/5" : "hover:bg-muted/50",
            )}
          >
            <input
              type="radio"
              name={`default-policy-${portfolioId}`}
              className="mt-0.5 accent-primary"
              checked={custom === choice}
              onChange={() => setCustom(choice)}
            />
            <span className="font-medium">{choice ? t("useCustom") : t("useBuiltIn")}</span>
          </label>
        ))}
      </fieldset>
      {custom ? (
        <ApprovalPolicyFields
          idPrefix="portfolio-policy"
          form={form}
          onChange={setForm}
          groups={groups}
          parameters={null}
          errors={errors.byPath}
        />
      ) : (
        <div className="max-w-md">
          <PolicySummaryBox id="portfolio-policy-summary" policy={builtInPolicy(ts)} />
        </div>
      )}
      <FieldErrors errors={errors.general} />
      <div className="flex flex-wrap items-center gap-3">
        <PendingButton type="submit" pending={pending} pendingLabel={t("saving")}>
          {t("savePolicy")}
        </PendingButton>
        <SavedNote show={saved && !pending}>{t("saved")}</SavedNote>
        <FormError
          message={save.error && Object.keys(fieldErrors).length === 0 ? save.error.message : null}
        />
      </div>
    </form>
  );
}
