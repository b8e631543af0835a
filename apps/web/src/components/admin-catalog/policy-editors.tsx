"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Input } from "@/components/ui/input";
import { ConstraintCard } from "./constraint-card";
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
import { Field } from "./form-bits";
import type { TApprovalPolicyDefinition, TPolicyParameter } from "./types";
import { useConstraint } from "./use-constraint";

type TPair = { portfolioId: string; productId: string };

/** Tag keys from the TagOptions library every order must carry, with a value from the library. */
export function RequiredTagsEditor({
  pair,
  tagKeys,
  existing,
}: {
  pair: TPair;
  tagKeys: { key: string; values: string[] }[];
  existing: { id: string; definition: { keys?: string[] } } | null;
}) {
  const t = useTranslations("adminConstraints.tags");
  const state = useConstraint(pair, "REQUIRED_TAGS", existing?.id);
  const [keys, setKeys] = useState<string[]>(existing?.definition.keys ?? []);
  return (
    <ConstraintCard
      id="constraint-tags"
      title={t("title")}
      description={t("description")}
      isSet={existing !== null}
      state={state}
      errors={state.errorsUnder("definition")}
      onSave={() => state.save({ keys })}
    >
      {tagKeys.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("noKeys")}</p>
      ) : (
        <fieldset>
          <legend className="mb-2 text-sm font-medium">{t("keys")}</legend>
          <ul className="grid gap-2 sm:grid-cols-2">
            {tagKeys.map(({ key, values }) => (
              <li key={key}>
                <label className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="mt-0.5 size-4 accent-primary"
                    checked={keys.includes(key)}
                    onChange={(e) =>
                      setKeys((all) => (e.target.checked ? [...all, key] : all.filter((k) => k !== key)))
                    }
                  />
                  <span>
                    <span className="font-mono font-medium">{key}</span>
                    <span className="block text-xs text-muted-foreground">{values.join(", ")}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </ConstraintCard>
  );
}

/** Who decides orders of this product from this portfolio: stages, auto-approval, expiry. */
export function ApprovalPolicyEditor({
  pair,
  groups,
  parameters,
  existing,
}: {
  pair: TPair;
  groups: readonly TPolicyGroup[];
  parameters: readonly TPolicyParameter[] | null;
  existing: { id: string; definition: TApprovalPolicyDefinition } | null;
}) {
  const t = useTranslations("adminConstraints.approval");
  const ts = useTranslations("approvalSummary");
  const state = useConstraint(pair, "APPROVAL_POLICY", existing?.id);
  const [form, setForm] = useState<TApprovalPolicyForm>(() =>
    approvalPolicyForm(existing?.definition ?? null, ts("builtInStage")),
  );
  const [sent, setSent] = useState<TSentPolicy | null>(null);
  const errors = policyErrors(sent, state.fieldErrors);
  return (
    <ConstraintCard
      id="constraint-approval"
      title={t("title")}
      description={t("description")}
      isSet={existing !== null}
      state={state}
      errors={errors.general}
      removeQuestion={t("removeQuestion")}
      onSave={() => {
        setSent(sentPolicyOf(form));
        state.save(approvalPolicyDefinition(form));
      }}
    >
      <ApprovalPolicyFields
        idPrefix="product-policy"
        form={form}
        onChange={setForm}
        groups={groups}
        parameters={parameters}
        errors={errors.byPath}
      />
    </ConstraintCard>
  );
}

/** The IAM role CloudFormation assumes to deploy; written into the export. */
export function LaunchRoleEditor({
  pair,
  existing,
}: {
  pair: TPair;
  existing: { id: string; definition: { roleArn?: string } } | null;
}) {
  const t = useTranslations("adminConstraints.launchRole");
  const state = useConstraint(pair, "LAUNCH_ROLE", existing?.id);
  const [roleArn, setRoleArn] = useState(existing?.definition.roleArn ?? "");
  return (
    <ConstraintCard
      id="constraint-launch-role"
      title={t("title")}
      description={t("description")}
      isSet={existing !== null}
      state={state}
      onSave={() => state.save({ roleArn: roleArn.trim() })}
    >
      <Field
        id="launch-role-arn"
        label={t("arn")}
        hint={t("arnHint")}
        errors={state.errorsUnder("definition")}
      >
        {(c) => (
          <Input
            {...c}
            value={roleArn}
            onChange={(e) => setRoleArn(e.target.value)}
            placeholder="arn:aws:iam::123456789012:role/StackvendLaunch"
            className="font-mono"
          />
        )}
      </Field>
    </ConstraintCard>
  );
}
