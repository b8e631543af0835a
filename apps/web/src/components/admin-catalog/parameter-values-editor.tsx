"use client";

import type { TFormField } from "@stackvend/cfn";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Input } from "@/components/ui/input";
import { ConstraintCard } from "./constraint-card";
import {
  parameterErrorsByName,
  parameterRowsFrom,
  parameterValuesDefinition,
  type TParameterConstraintDefinition,
  type TParameterRow,
} from "./constraint-mapping";
import { FieldErrors, OptionCheckboxes } from "./form-bits";
import { useConstraint } from "./use-constraint";

interface TProps {
  pair: { portfolioId: string; productId: string };
  fields: TFormField[];
  existing: { id: string; definition: { parameters?: TParameterConstraintDefinition[] } } | null;
}

/** Narrow what a parameter accepts in this portfolio: a subset of its AllowedValues, or a pattern. */
export function ParameterValuesEditor({ pair, fields, existing }: TProps) {
  const t = useTranslations("adminConstraints.parameters");
  const state = useConstraint(pair, "PARAMETER_VALUES", existing?.id);
  const [rows, setRows] = useState<TParameterRow[]>(() =>
    parameterRowsFrom(fields, existing?.definition ?? null),
  );
  const byName = parameterErrorsByName(rows, state.fieldErrors);
  const patch = (name: string, change: Partial<TParameterRow>) =>
    setRows((all) => all.map((r) => (r.parameter === name ? { ...r, ...change } : r)));

  return (
    <ConstraintCard
      id="constraint-parameters"
      title={t("title")}
      description={t("description")}
      isSet={existing !== null}
      state={state}
      errors={[
        ...(state.fieldErrors["definition"] ?? []),
        ...(state.fieldErrors["definition.parameters"] ?? []),
        ...state.errorsUnder("productId"),
      ]}
      onSave={() => state.save(parameterValuesDefinition(rows))}
    >
      {rows.length === 0 ? <p className="text-sm text-muted-foreground">{t("noParameters")}</p> : null}
      <ul className="divide-y rounded-lg border">
        {rows.map((row) => (
          <li key={row.parameter} className="space-y-3 px-3 py-3" data-parameter={row.parameter}>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-4 accent-primary"
                checked={row.enabled}
                onChange={(e) => patch(row.parameter, { enabled: e.target.checked })}
              />
              <span className="font-medium">{row.label}</span>
              <span className="font-mono text-xs text-muted-foreground">{row.parameter}</span>
            </label>
            {row.enabled ? (
              <div className="space-y-2 pl-6">
                {row.options ? (
                  <fieldset>
                    <legend className="mb-2 text-xs text-muted-foreground">{t("allowedValues")}</legend>
                    <div className="flex flex-wrap gap-x-4 gap-y-2">
                      <OptionCheckboxes
                        options={row.options}
                        values={row.values}
                        onChange={(values) => patch(row.parameter, { values })}
                      />
                    </div>
                  </fieldset>
                ) : (
                  <div className="max-w-lg space-y-1">
                    <label htmlFor={`pattern-${row.parameter}`} className="text-xs text-muted-foreground">
                      {t("pattern")}
                    </label>
                    <Input
                      id={`pattern-${row.parameter}`}
                      value={row.pattern}
                      onChange={(e) => patch(row.parameter, { pattern: e.target.value })}
                      placeholder="^dev-[a-z0-9-]+$"
                      className="font-mono"
                      aria-invalid={byName[row.parameter] ? true : undefined}
                    />
                  </div>
                )}
                <div className="max-w-lg space-y-1">
                  <label htmlFor={`why-${row.parameter}`} className="text-xs text-muted-foreground">
                    {t("reason")}
                  </label>
                  <Input
                    id={`why-${row.parameter}`}
                    value={row.description}
                    onChange={(e) => patch(row.parameter, { description: e.target.value })}
                    placeholder={t("reasonPlaceholder")}
                    maxLength={1000}
                  />
                </div>
                <FieldErrors errors={byName[row.parameter] ?? []} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </ConstraintCard>
  );
}
