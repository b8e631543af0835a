"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Input } from "@/components/ui/input";
import { fieldErrorsOf } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/react";
import { Field, FieldErrors, FormError, PendingButton } from "./form-bits";
import {
  ProductDescriptionField,
  ProductNameField,
  ProductOwnerField,
  ProductTagsField,
} from "./product-fields";
import { Section } from "./section";
import { parseTags, slugify, SLUG_PATTERN, VERSION_LABEL_PATTERN } from "./slug";
import { TemplateInput } from "./template-input";
import { TemplatePreview } from "./template-preview";
import { useTemplatePreview } from "./use-template-preview";
import { VersionFields } from "./version-fields";

interface TProductCreateFormProps {
  portfolios: { id: string; name: string }[];
}

/** Upload → check → describe → publish: a product and its first version in one step. */
export function ProductCreateForm({ portfolios }: TProductCreateFormProps) {
  const t = useTranslations("adminProducts");
  const trpc = useTRPC();
  const router = useRouter();
  const template = useTemplatePreview();
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);
  const [description, setDescription] = useState("");
  const [owner, setOwner] = useState("");
  const [tags, setTags] = useState("");
  const [portfolioIds, setPortfolioIds] = useState<string[]>([]);
  const [label, setLabel] = useState("1.0.0");
  const [releaseNotes, setReleaseNotes] = useState("");
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const create = useMutation(
    trpc.products.create.mutationOptions({
      onSuccess: (product) => router.push(`/admin/products/${product.id}?published=1`),
    }),
  );

  function onName(value: string) {
    setName(value);
    if (!slugEdited) setSlug(slugify(value));
  }

  // Not a <form>: the order form preview inside has inputs of its own, and Enter there must not publish.
  function onPublish() {
    const problems: Record<string, string[]> = {};
    if (!name.trim()) problems.name = [t("form.nameRequired")];
    if (!SLUG_PATTERN.test(slug)) problems.slug = [t("form.slugInvalid")];
    if (!VERSION_LABEL_PATTERN.test(label.trim())) problems.label = [t("form.labelInvalid")];
    if (!template.source.trim()) problems.source = [t("form.templateRequired")];
    else if (!template.publishable) problems.source = [t("form.previewFirst")];
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    create.mutate({
      slug,
      name,
      description,
      owner,
      tags: parseTags(tags),
      portfolioIds,
      version: { label: label.trim(), releaseNotes, source: template.source },
    });
  }

  const server = (field: string) => fieldErrorsOf(create.error, field);
  const errors = {
    name: local.name ?? server("name"),
    slug: local.slug ?? server("slug"),
    description: server("description"),
    owner: server("owner"),
    tags: server("tags"),
    portfolioIds: server("portfolioIds"),
    label: local.label ?? [...server("version"), ...server("label")],
    releaseNotes: server("releaseNotes"),
    source: local.source ?? server("source"),
  };
  const shown = Object.values(errors).some((e) => e.length > 0);
  const general = create.error && !shown ? create.error.message : null;

  return (
    <div className="space-y-6">
      <Section
        id="product-template"
        title={t("form.templateTitle")}
        description={t("form.templateDescription")}
      >
        <TemplateInput
          source={template.source}
          fileName={template.fileName}
          errors={errors.source}
          onChange={template.change}
        />
      </Section>
      <Section id="product-preview" title={t("form.previewTitle")} description={t("form.previewDescription")}>
        <TemplatePreview state={template} />
      </Section>
      <Section id="product-details" title={t("form.detailsTitle")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <ProductNameField id="product-name" value={name} onChange={onName} errors={errors.name} />
          <Field id="product-slug" label={t("form.slug")} hint={t("form.slugHint")} errors={errors.slug}>
            {(c) => (
              <Input
                {...c}
                value={slug}
                onChange={(e) => {
                  setSlugEdited(true);
                  setSlug(e.target.value.toLowerCase());
                }}
                maxLength={63}
                className="font-mono"
              />
            )}
          </Field>
          <ProductDescriptionField
            id="product-description"
            value={description}
            onChange={setDescription}
            errors={errors.description}
          />
          <ProductOwnerField id="product-owner" value={owner} onChange={setOwner} errors={errors.owner} />
          <ProductTagsField
            id="product-tags"
            value={tags}
            onChange={setTags}
            errors={errors.tags}
            placeholder="storage, web"
          />
          <fieldset className="space-y-2 sm:col-span-2">
            <legend className="text-sm font-medium">{t("form.portfolios")}</legend>
            <p className="text-xs text-muted-foreground">{t("form.portfoliosHint")}</p>
            <div className="flex flex-wrap gap-x-6 gap-y-2">
              {portfolios.map((p) => (
                <label key={p.id} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="size-4 accent-primary"
                    checked={portfolioIds.includes(p.id)}
                    onChange={(e) =>
                      setPortfolioIds((ids) =>
                        e.target.checked ? [...ids, p.id] : ids.filter((x) => x !== p.id),
                      )
                    }
                  />
                  {p.name}
                </label>
              ))}
            </div>
            <FieldErrors errors={errors.portfolioIds} />
          </fieldset>
        </div>
      </Section>
      <Section id="product-version" title={t("form.versionTitle")} description={t("form.versionDescription")}>
        <VersionFields
          idPrefix="version"
          label={label}
          releaseNotes={releaseNotes}
          onLabel={setLabel}
          onReleaseNotes={setReleaseNotes}
          errors={errors}
        />
      </Section>
      <div className="flex flex-wrap items-center justify-end gap-3">
        {!template.publishable ? (
          <p className="text-sm text-muted-foreground">{t("form.publishNeedsPreview")}</p>
        ) : null}
        <FormError message={general} />
        <PendingButton
          type="button"
          onClick={onPublish}
          size="lg"
          pending={create.isPending}
          pendingLabel={t("form.publishing")}
        >
          {t("form.publish")}
        </PendingButton>
      </div>
    </div>
  );
}
