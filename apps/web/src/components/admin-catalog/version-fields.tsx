"use client";

import { useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";
import { Field, Textarea } from "./form-bits";

interface TVersionFieldsProps {
  /** Prefix of the control ids, so two forms on one page never share an id. */
  idPrefix: string;
  label: string;
  releaseNotes: string;
  onLabel: (value: string) => void;
  onReleaseNotes: (value: string) => void;
  errors: { label: readonly string[]; releaseNotes: readonly string[] };
}

/** Version label and release notes, as a new product's first version and every later version ask for them. */
export function VersionFields({
  idPrefix,
  label,
  releaseNotes,
  onLabel,
  onReleaseNotes,
  errors,
}: TVersionFieldsProps) {
  const t = useTranslations("adminProducts");
  return (
    <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
      <Field
        id={`${idPrefix}-label`}
        label={t("form.label")}
        hint={t("form.labelHint")}
        errors={errors.label}
      >
        {(c) => (
          <Input
            {...c}
            value={label}
            onChange={(e) => onLabel(e.target.value)}
            maxLength={64}
            className="font-mono"
          />
        )}
      </Field>
      <Field id={`${idPrefix}-notes`} label={t("form.releaseNotes")} errors={errors.releaseNotes}>
        {(c) => (
          <Textarea
            {...c}
            value={releaseNotes}
            onChange={(e) => onReleaseNotes(e.target.value)}
            rows={3}
            maxLength={10000}
          />
        )}
      </Field>
    </div>
  );
}
