"use client";

import { useTranslations } from "next-intl";
import type { TFormField } from "@stackvend/cfn";
import { Input, NativeSelect } from "@/components/ui/input";
import { domId, valueKey, type TFieldValue, type TFormIssue } from "./form-state";
import { FieldControl } from "./field-control";
import { ListInput } from "./list-input";

interface TParameterFieldProps {
  field: TFormField;
  value: TFieldValue;
  issues: TFormIssue[];
  onChange: (value: TFieldValue) => void;
  onBlur: () => void;
  disabled?: boolean;
}

function useHint(field: TFormField): string | undefined {
  const t = useTranslations("orderForm.hint");
  if (field.hint) {
    const { format, example } = field.hint;
    return format.includes(example) ? format : t("format", { format, example });
  }
  if (field.kind === "ssm") return t("ssm", { type: field.ssmResolvesTo ?? "String" });
  const parts: string[] = [];
  if (field.multiple && !field.options) parts.push(t("list"));
  if (field.minValue !== undefined && field.maxValue !== undefined)
    parts.push(t("range", { min: field.minValue, max: field.maxValue }));
  else if (field.minValue !== undefined) parts.push(t("min", { min: field.minValue }));
  else if (field.maxValue !== undefined) parts.push(t("max", { max: field.maxValue }));
  if (field.minLength !== undefined && field.maxLength !== undefined)
    parts.push(t("length", { min: field.minLength, max: field.maxLength }));
  else if (field.maxLength !== undefined) parts.push(t("maxLength", { max: field.maxLength }));
  else if (field.minLength !== undefined) parts.push(t("minLength", { min: field.minLength }));
  return parts.length > 0 ? parts.join(" · ") : undefined;
}

/** One template parameter with the widget its kind calls for. */
export function ParameterField({ field, value, issues, onChange, onBlur, disabled }: TParameterFieldProps) {
  const t = useTranslations("orderForm");
  const hint = useHint(field);
  const id = domId(valueKey(field.name));
  const mono = field.kind === "aws-id" || field.kind === "ssm";
  const text = Array.isArray(value) ? value.join(",") : value;
  const list = Array.isArray(value) ? value : value === "" ? [] : value.split(",");
  const grouped = field.kind === "multiselect" && field.options;
  return (
    <FieldControl
      id={id}
      label={field.label}
      name={field.name}
      required={field.required}
      description={field.description}
      hint={hint}
      secretNote={field.secret}
      issues={issues}
      asGroup={Boolean(grouped)}
    >
      {(aria) => {
        if (grouped) {
          return (
            <div id={aria.id} className="grid gap-1.5 sm:grid-cols-2">
              {field.options!.map((option) => (
                <label key={option} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="size-4 accent-primary"
                    disabled={disabled}
                    checked={list.includes(option)}
                    onChange={(event) =>
                      onChange(
                        event.target.checked ? [...list, option] : list.filter((item) => item !== option),
                      )
                    }
                    onBlur={onBlur}
                  />
                  <span className="font-mono text-xs">{option}</span>
                </label>
              ))}
            </div>
          );
        }
        if (field.options) {
          return (
            <NativeSelect
              {...aria}
              value={text}
              disabled={disabled}
              onChange={(e) => onChange(e.target.value)}
              onBlur={onBlur}
            >
              {field.default === undefined || !field.options.includes(text) ? (
                <option value="">{t("choose")}</option>
              ) : null}
              {field.options.map((option) => (
                <option key={option} value={option}>
                  {option}
                  {option === field.default ? ` ${t("defaultMark")}` : ""}
                </option>
              ))}
            </NativeSelect>
          );
        }
        if (field.multiple) {
          return (
            <ListInput
              {...aria}
              value={list}
              mono={mono || field.numeric}
              disabled={disabled}
              placeholder={field.hint?.example ?? t("listPlaceholder")}
              onChange={onChange}
              onBlur={onBlur}
            />
          );
        }
        return (
          <Input
            {...aria}
            type={field.secret ? "password" : field.numeric ? "number" : "text"}
            inputMode={field.numeric ? "decimal" : undefined}
            step={field.numeric ? "any" : undefined}
            min={field.minValue}
            max={field.maxValue}
            autoComplete={field.secret ? "new-password" : "off"}
            spellCheck={false}
            className={mono ? "font-mono" : undefined}
            placeholder={
              field.hint?.example ?? (typeof field.default === "string" ? field.default : undefined)
            }
            value={text}
            disabled={disabled}
            onChange={(e) => onChange(e.target.value)}
            onBlur={onBlur}
          />
        );
      }}
    </FieldControl>
  );
}
