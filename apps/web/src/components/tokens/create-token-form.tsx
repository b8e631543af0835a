"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Loader2Icon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { fieldErrorsOf } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/react";

const EXPIRY_DAYS = [7, 30, 90, 365] as const;

export function CreateTokenForm({ onCreated }: { onCreated: (token: string) => void }) {
  const t = useTranslations("tokens");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [expires, setExpires] = useState("90");
  const [localError, setLocalError] = useState<string | null>(null);
  const create = useMutation(
    trpc.tokens.create.mutationOptions({
      onSuccess: async (created) => {
        setName("");
        onCreated(created.token);
        await queryClient.invalidateQueries({ queryKey: trpc.tokens.list.queryKey() });
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    const problem = !trimmed ? t("nameRequired") : trimmed.length > 100 ? t("nameTooLong") : null;
    setLocalError(problem);
    if (problem) return;
    create.mutate({ name: trimmed, expiresInDays: expires === "never" ? undefined : Number(expires) });
  }

  const nameErrors = localError ? [localError] : fieldErrorsOf(create.error, "name");
  const expiryErrors = fieldErrorsOf(create.error, "expiresInDays");
  const otherError = create.error && nameErrors.length === 0 && expiryErrors.length === 0;

  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-[1fr_12rem_auto] sm:items-start" noValidate>
      <div className="space-y-2">
        <Label htmlFor="token-name">{t("name")}</Label>
        <Input
          id="token-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={t("namePlaceholder")}
          maxLength={200}
          aria-invalid={nameErrors.length > 0 || undefined}
          aria-describedby={nameErrors.length > 0 ? "token-name-error" : undefined}
        />
        {nameErrors.length > 0 ? (
          <p id="token-name-error" className="text-sm text-destructive">
            {nameErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <div className="space-y-2">
        <Label htmlFor="token-expiry">{t("expires")}</Label>
        <NativeSelect
          id="token-expiry"
          value={expires}
          onChange={(e) => setExpires(e.target.value)}
          aria-invalid={expiryErrors.length > 0 || undefined}
          aria-describedby={expiryErrors.length > 0 ? "token-expiry-error" : undefined}
        >
          {EXPIRY_DAYS.map((days) => (
            <option key={days} value={String(days)}>
              {t("expiresInDays", { count: days })}
            </option>
          ))}
          <option value="never">{t("expiresNever")}</option>
        </NativeSelect>
        {expiryErrors.length > 0 ? (
          <p id="token-expiry-error" className="text-sm text-destructive">
            {expiryErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={create.isPending} className="sm:mt-[1.375rem]">
        {create.isPending ? <Loader2Icon className="animate-spin" aria-hidden /> : null}
        {create.isPending ? t("creating") : t("create")}
      </Button>
      {otherError ? (
        <p role="alert" className="text-sm text-destructive sm:col-span-3">
          {t("failed")}
        </p>
      ) : null}
    </form>
  );
}
