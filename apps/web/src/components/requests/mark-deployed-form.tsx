"use client";

import { useMutation } from "@tanstack/react-query";
import { CheckCircle2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useTRPC } from "@/trpc/react";

/** The requester marks an approved request deployed, optionally with the stack's ARN. */
export function MarkDeployedForm({
  id,
  expectedVersion,
  kind,
  stackName,
}: {
  id: string;
  expectedVersion: number;
  kind: "PROVISION" | "UPDATE" | "TERMINATE";
  stackName: string;
}) {
  const t = useTranslations("markDeployed");
  const router = useRouter();
  const trpc = useTRPC();
  const inputId = useId();
  const [stackArn, setStackArn] = useState("");
  const mark = useMutation(trpc.requests.markDeployed.mutationOptions({ onSuccess: () => router.refresh() }));
  const fieldError = mark.error?.data?.fieldErrors?.["stackArn"]?.[0];
  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        mark.mutate({ id, expectedVersion, ...(stackArn.trim() ? { stackArn } : {}) });
      }}
    >
      <div className="space-y-1.5">
        <Label htmlFor={inputId}>{t("stackArn")}</Label>
        <Input
          id={inputId}
          name="stackArn"
          value={stackArn}
          onChange={(event) => setStackArn(event.target.value)}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={`${inputId}-hint${fieldError ? ` ${inputId}-error` : ""}`}
          className="font-mono text-xs"
          spellCheck={false}
          autoComplete="off"
        />
        <p id={`${inputId}-hint`} className="text-xs text-muted-foreground">
          {t("stackArnHint", { stack: stackName })}
        </p>
        {fieldError ? (
          <p id={`${inputId}-error`} role="alert" className="text-sm text-destructive">
            {fieldError}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={mark.isPending}>
        <CheckCircle2Icon aria-hidden />
        {mark.isPending ? t("saving") : t(kind === "TERMINATE" ? "submitTerminate" : "submit")}
      </Button>
      {mark.error && !fieldError ? (
        <p role="alert" className="text-sm text-destructive">
          {t("failed", { message: mark.error.message })}
        </p>
      ) : null}
    </form>
  );
}
