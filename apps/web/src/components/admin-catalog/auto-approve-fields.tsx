"use client";

import { TriangleAlertIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Input } from "@/components/ui/input";
import { addParameterCondition, REQUEST_KINDS, type TApprovalPolicyForm } from "./constraint-mapping";
import { Field, FieldErrors } from "./form-bits";
import { ParameterConditions, unusedParameter } from "./parameter-conditions";
import type { TPolicyParameter } from "./types";

interface TAutoApproveFieldsProps {
  idPrefix: string;
  form: TApprovalPolicyForm;
  onChange: (update: (form: TApprovalPolicyForm) => TApprovalPolicyForm) => void;
  parameters: readonly TPolicyParameter[] | null;
  errors: Record<string, string[]>;
}

/** Whether some requests skip the stages, and the conditions (all must hold) that decide which. */
export function AutoApproveFields({ idPrefix, form, onChange, parameters, errors }: TAutoApproveFieldsProps) {
  const t = useTranslations("approvalPolicy");
  const tk = useTranslations("requestKind");
  const patch = (change: Partial<TApprovalPolicyForm>) => onChange((f) => ({ ...f, ...change }));
  const none = !form.kindsOn && !form.parametersOn && !form.costOn;

  return (
    <div className="space-y-4">
      <Check
        id={`${idPrefix}-auto`}
        checked={form.autoApprove}
        onChange={(autoApprove) => patch({ autoApprove })}
        label={t("autoApprove")}
        hint={t("autoApproveHint")}
      />
      {form.autoApprove ? (
        <div className="ml-2 space-y-4 border-l-2 pl-5">
          <Check
            id={`${idPrefix}-kinds-on`}
            checked={form.kindsOn}
            onChange={(kindsOn) => patch({ kindsOn })}
            label={t("kindsOn")}
          >
            <fieldset className="flex flex-wrap gap-x-5 gap-y-2">
              <legend className="sr-only">{t("kindsLegend")}</legend>
              {REQUEST_KINDS.map((kind) => (
                <label key={kind} className="flex items-center gap-1.5 text-sm">
                  <input
                    type="checkbox"
                    className="size-4 accent-primary"
                    checked={form.kinds.includes(kind)}
                    onChange={(e) =>
                      onChange((f) => ({
                        ...f,
                        kinds: e.target.checked ? [...f.kinds, kind] : f.kinds.filter((k) => k !== kind),
                      }))
                    }
                  />
                  {tk(kind)}
                </label>
              ))}
            </fieldset>
            <FieldErrors errors={errors["autoApprove.kinds"] ?? []} />
          </Check>
          <Check
            id={`${idPrefix}-parameters-on`}
            checked={form.parametersOn}
            onChange={(parametersOn) =>
              onChange((f) => {
                const on = { ...f, parametersOn };
                return parametersOn && f.parameters.length === 0
                  ? addParameterCondition(on, unusedParameter(f, parameters))
                  : on;
              })
            }
            label={t("parametersOn")}
          >
            <ParameterConditions {...{ idPrefix, form, onChange, parameters, errors }} />
          </Check>
          <Check
            id={`${idPrefix}-cost-on`}
            checked={form.costOn}
            onChange={(costOn) => patch({ costOn })}
            label={t("costOn")}
          >
            <Field
              id={`${idPrefix}-cost`}
              label={t("cost")}
              hint={t("costHint")}
              errors={errors["autoApprove.maxMonthlyCost"] ?? []}
              className="max-w-md"
            >
              {(c) => (
                <div className="relative w-40">
                  <span className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-sm text-muted-foreground">
                    $
                  </span>
                  <Input
                    {...c}
                    type="number"
                    inputMode="decimal"
                    min={0}
                    step="0.01"
                    className="pl-6"
                    value={form.maxMonthlyCost}
                    onChange={(e) => patch({ maxMonthlyCost: e.target.value })}
                  />
                </div>
              )}
            </Field>
          </Check>
          {none ? (
            <p className="flex items-start gap-2 rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm">
              <TriangleAlertIcon className="mt-0.5 size-4 shrink-0 text-warning" aria-hidden />
              {t("noConditions")}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** A checkbox with its label, and what it reveals when ticked. */
function Check({
  id,
  checked,
  onChange,
  label,
  hint,
  children,
}: {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  hint?: string;
  children?: ReactNode;
}) {
  return (
    <div className="space-y-3">
      <label htmlFor={id} className="flex items-start gap-2 text-sm">
        <input
          id={id}
          type="checkbox"
          className="mt-0.5 size-4 accent-primary"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
        />
        <span>
          <span className="font-medium">{label}</span>
          {hint ? <span className="block text-xs text-muted-foreground">{hint}</span> : null}
        </span>
      </label>
      {checked && children ? <div className="space-y-3 pl-6">{children}</div> : null}
    </div>
  );
}
