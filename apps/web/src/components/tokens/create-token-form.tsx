"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Loader2Icon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { fieldErrorsOf } from "@/lib/field-errors";
import { API_TOKEN_DEFAULT_DAYS, API_TOKEN_SCOPES, type TApiTokenScope } from "@stackvend/auth/scopes";
import { useTRPC } from "@/trpc/react";

const EXPIRY_DAYS = [7, 30, 90, 365] as const;

export function CreateTokenForm({ onCreated }: { onCreated: (token: string) => void }) {
  const t = useTranslations("tokens");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [expires, setExpires] = useState(String(API_TOKEN_DEFAULT_DAYS));
  const [scopes, setScopes] = useState<TApiTokenScope[]>(["read"]);
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
    create.mutate({ name: trimmed, scopes, expiresInDays: Number(expires) });
  }

  const nameErrors = localError ? [localError] : fieldErrorsOf(create.error, "name");
  const expiryErrors = fieldErrorsOf(create.error, "expiresInDays");
  const scopeErrors = fieldErrorsOf(create.error, "scopes");
  const otherError =
    create.error && nameErrors.length === 0 && expiryErrors.length === 0 && scopeErrors.length === 0;

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
        </NativeSelect>
        {expiryErrors.length > 0 ? (
          <p id="token-expiry-error" className="text-sm text-destructive">
            {expiryErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <fieldset
        className="space-y-2 sm:col-span-3"
        aria-describedby={scopeErrors.length > 0 ? "token-scopes-error" : undefined}
      >
        <legend className="text-sm font-medium">{t("scopes")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {API_TOKEN_SCOPES.map((scope) => (
            <label key={scope} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                className="mt-0.5 size-4"
                checked={scopes.includes(scope)}
                onChange={(e) =>
                  setScopes((held) => (e.target.checked ? [...held, scope] : held.filter((s) => s !== scope)))
                }
              />
              <span>
                <span className="font-mono text-xs">{scope}</span>{" "}
                <span className="text-muted-foreground">{t(`scope.${scope}`)}</span>
              </span>
            </label>
          ))}
        </div>
        {scopeErrors.length > 0 ? (
          <p id="token-scopes-error" className="text-sm text-destructive">
            {scopeErrors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <Button type="submit" disabled={create.isPending || scopes.length === 0} className="sm:col-start-3">
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
