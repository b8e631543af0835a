"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { Loader2Icon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Section } from "@/components/admin-catalog/section";
import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { fieldErrorsOf } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/react";

/** Whether this server sends email (and why not), and a test mail to check the SMTP set-up. */
export function EmailStatusCard({ defaultTo }: { defaultTo: string }) {
  const t = useTranslations("adminNotifications.email");
  const trpc = useTRPC();
  const status = useQuery(trpc.admin.notifications.emailStatus.queryOptions());
  const [to, setTo] = useState(defaultTo);
  const [locale, setLocale] = useState<"en" | "ko">("en");
  const send = useMutation(trpc.admin.notifications.sendTestEmail.mutationOptions());
  const toErrors = fieldErrorsOf(send.error, "to");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send.mutate({ to: to.trim(), locale });
  }

  const configured = status.data?.configured ?? false;
  return (
    <Section id="email-title" title={t("title")}>
      <div className="space-y-4">
        <p className="text-sm" data-email-configured={status.data ? configured : undefined}>
          {status.data ? (configured ? t("on", { from: status.data.from ?? "" }) : t("off")) : null}
        </p>
        {configured ? (
          <form
            onSubmit={onSubmit}
            noValidate
            className="grid gap-3 sm:grid-cols-[1fr_10rem_auto] sm:items-end"
          >
            <div className="space-y-2">
              <Label htmlFor="test-mail-to">{t("to")}</Label>
              <Input
                id="test-mail-to"
                type="email"
                value={to}
                onChange={(e) => setTo(e.target.value)}
                aria-invalid={toErrors.length > 0 || undefined}
                aria-describedby={toErrors.length > 0 ? "test-mail-to-error" : undefined}
              />
            </div>
            <div className="space-y-2">
              <Label htmlFor="test-mail-locale">{t("locale")}</Label>
              <NativeSelect
                id="test-mail-locale"
                value={locale}
                onChange={(e) => setLocale(e.target.value === "ko" ? "ko" : "en")}
              >
                <option value="en">English</option>
                <option value="ko">한국어</option>
              </NativeSelect>
            </div>
            <Button type="submit" disabled={send.isPending}>
              {send.isPending ? <Loader2Icon className="animate-spin" aria-hidden /> : null}
              {send.isPending ? t("sending") : t("send")}
            </Button>
            {toErrors.length > 0 ? (
              <p id="test-mail-to-error" className="text-sm text-destructive sm:col-span-3">
                {toErrors.join(" ")}
              </p>
            ) : null}
          </form>
        ) : null}
        <p aria-live="polite" className="text-sm">
          {send.data ? (
            send.data.ok ? (
              <span className="text-success">{t("sent")}</span>
            ) : (
              <span className="text-destructive">{t("notSent", { error: send.data.error ?? "" })}</span>
            )
          ) : send.error && toErrors.length === 0 ? (
            <span className="text-destructive">{send.error.message}</span>
          ) : null}
        </p>
      </div>
    </Section>
  );
}
