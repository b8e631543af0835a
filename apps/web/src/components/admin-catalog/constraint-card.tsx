"use client";

import { useTranslations } from "next-intl";
import type { FormEvent, ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmAction, FieldErrors, FormError, PendingButton, SavedNote } from "./form-bits";
import type { TConstraintState } from "./use-constraint";

interface TConstraintCardProps {
  id: string;
  title: string;
  description: string;
  isSet: boolean;
  state: TConstraintState;
  onSave: () => void;
  /** Errors about the definition as a whole (e.g. "definition"). */
  errors?: string[];
  /** What removing means for this kind, when more than "remove this constraint". */
  removeQuestion?: string;
  children: ReactNode;
}

/** One kind of constraint: what it does, whether it is in force, its form, save and remove. */
export function ConstraintCard({
  id,
  title,
  description,
  isSet,
  state,
  onSave,
  errors = [],
  removeQuestion,
  children,
}: TConstraintCardProps) {
  const t = useTranslations("adminConstraints");
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSave();
  }
  return (
    <Card role="region" aria-labelledby={id}>
      <CardHeader className="flex-row items-start justify-between gap-4">
        <div className="space-y-1.5">
          <CardTitle asChild>
            <h2 id={id}>{title}</h2>
          </CardTitle>
          <CardDescription>{description}</CardDescription>
        </div>
        <Badge variant={isSet ? "success" : "muted"}>{isSet ? t("inForce") : t("notSet")}</Badge>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          {children}
          <FieldErrors errors={errors} />
          <div className="flex flex-wrap items-center gap-3">
            <PendingButton type="submit" pending={state.pending} pendingLabel={t("saving")}>
              {t("save")}
            </PendingButton>
            {isSet ? (
              <ConfirmAction
                label={t("remove")}
                question={removeQuestion ?? t("removeQuestion")}
                confirmLabel={t("removeConfirm")}
                size="default"
                pending={state.pending}
                onConfirm={state.remove}
              />
            ) : null}
            <SavedNote show={state.saved !== null && !state.pending}>
              {state.saved === "removed" ? t("removed") : t("saved")}
            </SavedNote>
            <FormError message={state.general} />
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
