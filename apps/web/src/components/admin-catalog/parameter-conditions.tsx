"use client";

import { PlusIcon, XIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { ListInput } from "@/components/order-form/list-input";
import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import {
  addParameterCondition,
  type TApprovalPolicyForm,
  type TParameterConditionForm,
} from "./constraint-mapping";
import { Field, FieldErrors, OptionCheckboxes } from "./form-bits";
import type { TPolicyParameter } from "./types";

interface TParameterConditionsProps {
  idPrefix: string;
  form: TApprovalPolicyForm;
  onChange: (update: (form: TApprovalPolicyForm) => TApprovalPolicyForm) => void;
  parameters: readonly TPolicyParameter[] | null;
  errors: Record<string, string[]>;
}

/** The first of the product's parameters no condition names yet ("" without a product). */
export function unusedParameter(form: TApprovalPolicyForm, parameters: readonly TPolicyParameter[] | null) {
  return parameters?.find((p) => !form.parameters.some((row) => row.parameter === p.name))?.name ?? "";
}

/**
 * Auto-approval conditions on parameter values: each names a parameter (from
 * the product's form where there is one) and the values it may have.
 */
export function ParameterConditions({
  idPrefix,
  form,
  onChange,
  parameters,
  errors,
}: TParameterConditionsProps) {
  const t = useTranslations("approvalPolicy");
  const patchRow = (key: string, change: Partial<TParameterConditionForm>) =>
    onChange((f) => ({
      ...f,
      parameters: f.parameters.map((p) => (p.key === key ? { ...p, ...change } : p)),
    }));
  return (
    <>
      <ul aria-label={t("parameterList")} className="space-y-3">
        {form.parameters.map((row) => {
          const field = parameters?.find((p) => p.name === row.parameter);
          const err = (name: string) => errors[`parameter:${row.key}.${name}`] ?? [];
          const id = `${idPrefix}-parameter-${row.key}`;
          return (
            <li
              key={row.key}
              className="grid grid-cols-[minmax(0,1fr)_auto] items-start gap-3 rounded-md bg-muted/40 p-3"
            >
              <div className="min-w-0 space-y-3">
                <Field id={id} label={t("parameter")} errors={err("parameter")} className="max-w-sm">
                  {(c) =>
                    parameters && parameters.length > 0 ? (
                      <NativeSelect
                        {...c}
                        className={c["aria-invalid"] ? "border-destructive" : undefined}
                        value={row.parameter}
                        onChange={(e) => patchRow(row.key, { parameter: e.target.value, values: [] })}
                      >
                        <option value="">{t("chooseParameter")}</option>
                        {parameters
                          .filter(
                            (p) =>
                              p.name === row.parameter ||
                              !form.parameters.some((other) => other.parameter === p.name),
                          )
                          .map((p) => (
                            <option key={p.name} value={p.name}>
                              {p.label === p.name ? p.name : `${p.label} (${p.name})`}
                            </option>
                          ))}
                      </NativeSelect>
                    ) : (
                      <Input
                        {...c}
                        className="font-mono"
                        value={row.parameter}
                        placeholder={t("parameterPlaceholder")}
                        onChange={(e) => patchRow(row.key, { parameter: e.target.value })}
                      />
                    )
                  }
                </Field>
                <Field id={`${id}-values`} label={t("parameterValues")} errors={err("values")}>
                  {(c) =>
                    field?.options ? (
                      <div
                        {...c}
                        role="group"
                        aria-label={`${t("parameterValues")} ${row.parameter}`}
                        className="flex min-h-9 flex-wrap items-center gap-x-4 gap-y-2"
                      >
                        <OptionCheckboxes
                          options={field.options}
                          values={row.values}
                          onChange={(values) => patchRow(row.key, { values })}
                        />
                      </div>
                    ) : (
                      <ListInput
                        {...c}
                        mono
                        value={row.values}
                        placeholder={t("parameterValuesPlaceholder")}
                        onChange={(values) => patchRow(row.key, { values })}
                      />
                    )
                  }
                </Field>
              </div>
              <Button
                type="button"
                variant="ghost"
                size="icon"
                className="size-8 text-muted-foreground"
                aria-label={t("removeParameter", { name: row.parameter || t("parameter") })}
                onClick={() =>
                  onChange((f) => ({ ...f, parameters: f.parameters.filter((p) => p.key !== row.key) }))
                }
              >
                <XIcon aria-hidden />
              </Button>
            </li>
          );
        })}
      </ul>
      <FieldErrors errors={errors["autoApprove.parameters"] ?? []} />
      <Button
        type="button"
        variant="outline"
        size="sm"
        onClick={() => onChange((f) => addParameterCondition(f, unusedParameter(f, parameters)))}
      >
        <PlusIcon aria-hidden />
        {t("addParameter")}
      </Button>
    </>
  );
}
