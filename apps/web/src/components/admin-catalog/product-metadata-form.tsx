"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Input } from "@/components/ui/input";
import { fieldErrorsOf } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/react";
import { Field, FormError, PendingButton, SavedNote } from "./form-bits";
import {
  ProductDescriptionField,
  ProductNameField,
  ProductOwnerField,
  ProductTagsField,
} from "./product-fields";
import { parseTags } from "./slug";
import type { TAdminProduct } from "./types";
import { useRefresh } from "./use-refresh";

type TProduct = Pick<TAdminProduct, "id" | "name" | "description" | "owner" | "tags" | "supportUrl">;

/** Name, description, owner, tags and support link; the template changes only by a new version. */
export function ProductMetadataForm({ product }: { product: TProduct }) {
  const t = useTranslations("adminProducts");
  const trpc = useTRPC();
  const [refreshing, refresh] = useRefresh();
  const [name, setName] = useState(product.name);
  const [description, setDescription] = useState(product.description);
  const [owner, setOwner] = useState(product.owner);
  const [tags, setTags] = useState(product.tags.join(", "));
  const [supportUrl, setSupportUrl] = useState(product.supportUrl ?? "");
  const [saved, setSaved] = useState(false);
  const update = useMutation(
    trpc.products.update.mutationOptions({
      onSuccess: () => {
        setSaved(true);
        refresh();
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    update.mutate({
      productId: product.id,
      name,
      description,
      owner,
      tags: parseTags(tags),
      supportUrl: supportUrl.trim() || null,
    });
  }

  const errors = Object.fromEntries(
    ["name", "description", "owner", "tags", "supportUrl"].map((f) => [f, fieldErrorsOf(update.error, f)]),
  ) as Record<"name" | "description" | "owner" | "tags" | "supportUrl", string[]>;
  const general =
    update.error && !Object.values(errors).some((e) => e.length > 0) ? update.error.message : null;

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <ProductNameField id="meta-name" value={name} onChange={setName} errors={errors.name} />
      <ProductOwnerField id="meta-owner" value={owner} onChange={setOwner} errors={errors.owner} />
      <ProductDescriptionField
        id="meta-description"
        value={description}
        onChange={setDescription}
        errors={errors.description}
      />
      <ProductTagsField id="meta-tags" value={tags} onChange={setTags} errors={errors.tags} />
      <Field id="meta-support" label={t("form.supportUrl")} errors={errors.supportUrl}>
        {(c) => (
          <Input
            {...c}
            type="url"
            value={supportUrl}
            onChange={(e) => setSupportUrl(e.target.value)}
            placeholder="https://"
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <PendingButton type="submit" pending={update.isPending || refreshing} pendingLabel={t("form.saving")}>
          {t("form.save")}
        </PendingButton>
        <SavedNote show={saved && !update.isPending}>{t("form.saved")}</SavedNote>
        <FormError message={general} />
      </div>
    </form>
  );
}
