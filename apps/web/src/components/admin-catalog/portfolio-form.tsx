"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { fieldErrorsOf } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/react";
import { Field, FormError, PendingButton, SavedNote, Textarea } from "./form-bits";
import type { TPortfolioDetail } from "./types";
import { useRefresh } from "./use-refresh";

interface TPortfolioFormProps {
  /** Edits this portfolio; without it the form creates one and opens it. */
  portfolio?: Pick<TPortfolioDetail, "id" | "name" | "description" | "owner">;
  onCancel?: () => void;
}

export function PortfolioForm({ portfolio, onCancel }: TPortfolioFormProps) {
  const t = useTranslations("adminPortfolios");
  const trpc = useTRPC();
  const router = useRouter();
  const [refreshing, refresh] = useRefresh();
  const [name, setName] = useState(portfolio?.name ?? "");
  const [description, setDescription] = useState(portfolio?.description ?? "");
  const [owner, setOwner] = useState(portfolio?.owner ?? "");
  const [saved, setSaved] = useState(false);
  const [nameMissing, setNameMissing] = useState(false);
  const create = useMutation(
    trpc.portfolios.create.mutationOptions({
      onSuccess: (created) => router.push(`/admin/portfolios/${created.id}`),
    }),
  );
  const update = useMutation(
    trpc.portfolios.update.mutationOptions({
      onSuccess: () => {
        setSaved(true);
        refresh();
      },
    }),
  );
  const mutation = portfolio ? update : create;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    setNameMissing(!name.trim());
    if (!name.trim()) return;
    if (portfolio) update.mutate({ id: portfolio.id, name, description, owner });
    else create.mutate({ name, description, owner });
  }

  const errors = {
    name: nameMissing ? [t("nameRequired")] : fieldErrorsOf(mutation.error, "name"),
    description: fieldErrorsOf(mutation.error, "description"),
    owner: fieldErrorsOf(mutation.error, "owner"),
  };
  const general =
    mutation.error && !Object.values(errors).some((e) => e.length > 0) ? mutation.error.message : null;
  const id = portfolio ? `portfolio-${portfolio.id}` : "new-portfolio";

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <Field id={`${id}-name`} label={t("name")} errors={errors.name}>
        {(control) => (
          <Input
            {...control}
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={100}
            required
          />
        )}
      </Field>
      <Field id={`${id}-owner`} label={t("owner")} hint={t("ownerHint")} errors={errors.owner}>
        {(control) => (
          <Input {...control} value={owner} onChange={(e) => setOwner(e.target.value)} maxLength={200} />
        )}
      </Field>
      <Field
        id={`${id}-description`}
        label={t("descriptionLabel")}
        errors={errors.description}
        className="sm:col-span-2"
      >
        {(control) => (
          <Textarea
            {...control}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            maxLength={2000}
            rows={3}
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <PendingButton type="submit" pending={mutation.isPending || refreshing} pendingLabel={t("saving")}>
          {portfolio ? t("save") : t("create")}
        </PendingButton>
        {onCancel ? (
          <Button type="button" variant="ghost" onClick={onCancel}>
            {t("cancel")}
          </Button>
        ) : null}
        <SavedNote show={saved && !update.isPending}>{t("saved")}</SavedNote>
        <FormError message={general} />
      </div>
    </form>
  );
}
