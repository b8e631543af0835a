"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { fieldErrorsOf } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/react";
import { Field, FormError, PendingButton, SavedNote } from "./form-bits";
import type { TTagOption } from "./types";
import { useRefresh } from "./use-refresh";

export function TagOptionForm({ keys }: { keys: string[] }) {
  const t = useTranslations("adminTagOptions");
  const trpc = useTRPC();
  const [refreshing, refresh] = useRefresh();
  const [key, setKey] = useState("");
  const [value, setValue] = useState("");
  const [description, setDescription] = useState("");
  const [created, setCreated] = useState<string | null>(null);
  const create = useMutation(
    trpc.tagOptions.create.mutationOptions({
      onSuccess: (row) => {
        setCreated(`${row.key}=${row.value}`);
        setValue("");
        setDescription("");
        refresh();
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    create.mutate({ key, value, description });
  }

  const errors = {
    key: fieldErrorsOf(create.error, "key"),
    value: fieldErrorsOf(create.error, "value"),
    description: fieldErrorsOf(create.error, "description"),
  };
  const general =
    create.error && !Object.values(errors).some((e) => e.length > 0) ? create.error.message : null;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-4 sm:grid-cols-[1fr_1fr_2fr_auto] sm:items-start"
    >
      <Field id="tag-key" label={t("key")} errors={errors.key}>
        {(c) => (
          <>
            <Input
              {...c}
              value={key}
              onChange={(e) => setKey(e.target.value)}
              list="tag-keys"
              maxLength={128}
            />
            <datalist id="tag-keys">
              {keys.map((k) => (
                <option key={k} value={k} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <Field id="tag-value" label={t("value")} errors={errors.value}>
        {(c) => <Input {...c} value={value} onChange={(e) => setValue(e.target.value)} maxLength={256} />}
      </Field>
      <Field id="tag-description" label={t("descriptionLabel")} errors={errors.description}>
        {(c) => (
          <Input
            {...c}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            maxLength={500}
          />
        )}
      </Field>
      <PendingButton
        type="submit"
        pending={create.isPending || refreshing}
        pendingLabel={t("adding")}
        className="sm:mt-[1.375rem]"
      >
        {t("add")}
      </PendingButton>
      <div className="sm:col-span-4">
        <SavedNote show={created !== null}>{t("added", { name: created ?? "" })}</SavedNote>
        <FormError message={general} />
      </div>
    </form>
  );
}

export function TagOptionRow({ option }: { option: TTagOption }) {
  const t = useTranslations("adminTagOptions");
  const trpc = useTRPC();
  const [refreshing, refresh] = useRefresh();
  const update = useMutation(trpc.tagOptions.update.mutationOptions({ onSuccess: refresh }));
  return (
    <li
      className="flex flex-wrap items-center gap-3 px-3 py-2"
      data-tag-option={`${option.key}=${option.value}`}
    >
      <span className="font-mono text-sm">{option.value}</span>
      <Badge variant={option.active ? "success" : "muted"}>
        {option.active ? t("active") : t("inactive")}
      </Badge>
      {option.description ? (
        <span className="text-sm text-muted-foreground">{option.description}</span>
      ) : null}
      <span className="ml-auto flex items-center gap-2">
        <FormError message={update.error?.message} />
        <PendingButton
          type="button"
          size="sm"
          variant="outline"
          pending={update.isPending || refreshing}
          pendingLabel={t("working")}
          onClick={() => update.mutate({ id: option.id, active: !option.active })}
          aria-label={t(option.active ? "deactivateLabel" : "activateLabel", {
            name: `${option.key}=${option.value}`,
          })}
        >
          {option.active ? t("deactivate") : t("activate")}
        </PendingButton>
      </span>
    </li>
  );
}
