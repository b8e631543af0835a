"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Input, NativeSelect } from "@/components/ui/input";
import { ConstraintCard } from "./constraint-card";
import {
  approvalPolicyDefinition,
  approvalPolicyForm,
  type TApprovalPolicyDefinition,
  type TApprovalPolicyForm,
} from "./constraint-mapping";
import { Field } from "./form-bits";
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

/** Who approves orders from this portfolio, how many approvals, and whether requesters may approve their own. */
export function ApprovalPolicyEditor({
  pair,
  groups,
  existing,
}: {
  pair: TPair;
  groups: string[];
  existing: { id: string; definition: Partial<TApprovalPolicyDefinition> } | null;
}) {
  const t = useTranslations("adminConstraints.approval");
  const state = useConstraint(pair, "APPROVAL_POLICY", existing?.id);
  const [form, setForm] = useState<TApprovalPolicyForm>(() =>
    approvalPolicyForm(existing?.definition ?? null),
  );
  const patch = (change: Partial<TApprovalPolicyForm>) => setForm((f) => ({ ...f, ...change }));
  return (
    <ConstraintCard
      id="constraint-approval"
      title={t("title")}
      description={t("description")}
      isSet={existing !== null}
      state={state}
      errors={state.fieldErrors["definition"] ?? []}
      onSave={() => state.save({ ...approvalPolicyDefinition(form) })}
    >
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-0.5 size-4 accent-primary"
          checked={form.autoApprove}
          onChange={(e) => patch({ autoApprove: e.target.checked })}
        />
        <span>
          <span className="font-medium">{t("autoApprove")}</span>
          <span className="block text-xs text-muted-foreground">{t("autoApproveHint")}</span>
        </span>
      </label>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="approvals-required"
          label={t("approvalsRequired")}
          errors={state.errorsUnder("definition.approvalsRequired")}
        >
          {(c) => (
            <Input
              {...c}
              type="number"
              min={1}
              max={5}
              value={form.approvalsRequired}
              onChange={(e) => patch({ approvalsRequired: e.target.value })}
              disabled={form.autoApprove}
            />
          )}
        </Field>
        <Field
          id="approver-group"
          label={t("approverGroup")}
          errors={state.errorsUnder("definition.approverGroup")}
        >
          {(c) => (
            <NativeSelect
              {...c}
              value={form.approverGroup}
              onChange={(e) => patch({ approverGroup: e.target.value })}
              disabled={form.autoApprove}
            >
              <option value="">{t("anyApprover")}</option>
              {groups.map((g) => (
                <option key={g} value={g}>
                  {g}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
      </div>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-0.5 size-4 accent-primary"
          checked={form.separationOfDuties}
          onChange={(e) => patch({ separationOfDuties: e.target.checked })}
          disabled={form.autoApprove}
        />
        <span>
          <span className="font-medium">{t("separation")}</span>
          <span className="block text-xs text-muted-foreground">{t("separationHint")}</span>
        </span>
      </label>
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
