"use client";

import { useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";
import { Field, Textarea } from "./form-bits";

// The product's descriptive fields, shared by the new-product form and the product's edit form; each form lays them out.

interface TProductFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  errors: readonly string[];
}

export function ProductNameField({ id, value, onChange, errors }: TProductFieldProps) {
  const t = useTranslations("adminProducts");
  return (
    <Field id={id} label={t("form.name")} errors={errors}>
      {(c) => <Input {...c} value={value} onChange={(e) => onChange(e.target.value)} maxLength={200} />}
    </Field>
  );
}

export function ProductDescriptionField({ id, value, onChange, errors }: TProductFieldProps) {
  const t = useTranslations("adminProducts");
  return (
    <Field id={id} label={t("form.description")} errors={errors} className="sm:col-span-2">
      {(c) => (
        <Textarea {...c} value={value} onChange={(e) => onChange(e.target.value)} rows={3} maxLength={5000} />
      )}
    </Field>
  );
}

export function ProductOwnerField({ id, value, onChange, errors }: TProductFieldProps) {
  const t = useTranslations("adminProducts");
  return (
    <Field id={id} label={t("form.owner")} errors={errors}>
      {(c) => <Input {...c} value={value} onChange={(e) => onChange(e.target.value)} maxLength={200} />}
    </Field>
  );
}

export function ProductTagsField({
  id,
  value,
  onChange,
  errors,
  placeholder,
}: TProductFieldProps & { placeholder?: string }) {
  const t = useTranslations("adminProducts");
  return (
    <Field id={id} label={t("form.tags")} hint={t("form.tagsHint")} errors={errors}>
      {(c) => (
        <Input {...c} value={value} onChange={(e) => onChange(e.target.value)} placeholder={placeholder} />
      )}
    </Field>
  );
}
