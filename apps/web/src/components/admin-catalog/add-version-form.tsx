"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { fieldErrorsOf } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/react";
import { FormError, PendingButton, SavedNote } from "./form-bits";
import { VERSION_LABEL_PATTERN } from "./slug";
import { TemplateInput } from "./template-input";
import { TemplatePreview } from "./template-preview";
import { useTemplatePreview } from "./use-template-preview";
import { useRefresh } from "./use-refresh";
import { VersionFields } from "./version-fields";

/** A new immutable version: same upload, check and preview as a new product. */
export function AddVersionForm({ productId, suggestedLabel }: { productId: string; suggestedLabel: string }) {
  const t = useTranslations("adminProducts");
  const trpc = useTRPC();
  const [refreshing, refresh] = useRefresh();
  const template = useTemplatePreview();
  const [label, setLabel] = useState(suggestedLabel);
  const [releaseNotes, setReleaseNotes] = useState("");
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const [published, setPublished] = useState<string | null>(null);
  const add = useMutation(
    trpc.products.addVersion.mutationOptions({
      onSuccess: (version) => {
        setPublished(version.label);
        setReleaseNotes("");
        template.change({ source: "", fileName: null, fromFile: false });
        refresh();
      },
    }),
  );

  function onPublish() {
    setPublished(null);
    const problems: Record<string, string[]> = {};
    if (!VERSION_LABEL_PATTERN.test(label.trim())) problems.label = [t("form.labelInvalid")];
    if (!template.source.trim()) problems.source = [t("form.templateRequired")];
    else if (!template.publishable) problems.source = [t("form.previewFirst")];
    setLocal(problems);
    if (Object.keys(problems).length === 0) {
      add.mutate({ productId, label: label.trim(), releaseNotes, source: template.source });
    }
  }

  const errors = {
    label: local.label ?? fieldErrorsOf(add.error, "label"),
    releaseNotes: fieldErrorsOf(add.error, "releaseNotes"),
    source: local.source ?? fieldErrorsOf(add.error, "source"),
  };
  const general = add.error && !Object.values(errors).some((e) => e.length > 0) ? add.error.message : null;

  return (
    <div className="space-y-6">
      <TemplateInput
        source={template.source}
        fileName={template.fileName}
        errors={errors.source}
        onChange={template.change}
      />
      <TemplatePreview state={template} />
      <VersionFields
        idPrefix="new-version"
        label={label}
        releaseNotes={releaseNotes}
        onLabel={setLabel}
        onReleaseNotes={setReleaseNotes}
        errors={errors}
      />
      <div className="flex flex-wrap items-center justify-end gap-3">
        <SavedNote show={published !== null}>{t("versions.added", { label: published ?? "" })}</SavedNote>
        <FormError message={general} />
        <PendingButton
          type="button"
          onClick={onPublish}
          pending={add.isPending || refreshing}
          pendingLabel={t("form.publishing")}
        >
          {t("versions.publish")}
        </PendingButton>
      </div>
    </div>
  );
}
