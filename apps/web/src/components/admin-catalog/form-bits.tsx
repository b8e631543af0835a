"use client";

import { CheckCircle2Icon, Loader2Icon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type ComponentProps, type ReactNode } from "react";
import { Button, type TButtonProps } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";

/** Styled like Input, for multi-line text (descriptions, release notes, templates). */
export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return (
    <textarea
      className={cn(
        "flex min-h-20 w-full rounded-md border border-input bg-background px-3 py-2 text-sm shadow-xs transition-colors",
        "placeholder:text-muted-foreground outline-none focus-visible:border-ring focus-visible:ring-2 focus-visible:ring-ring/40",
        "disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-destructive",
        className,
      )}
      {...props}
    />
  );
}

interface TFieldProps {
  id: string;
  label: string;
  hint?: string;
  errors?: readonly string[];
  className?: string;
  /** Renders the control with the ids it must carry for its label, hint and errors. */
  children: (control: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
}

/** A labelled control with its hint and its errors right under it, wired for screen readers. */
export function Field({ id, label, hint, errors = [], className, children }: TFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, errors.length > 0 ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={cn("space-y-2", className)}>
      <Label htmlFor={id}>{label}</Label>
      {children({
        id,
        ...(errors.length > 0 ? { "aria-invalid": true as const } : {}),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
      })}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id?: string; errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <p id={id} className="text-sm text-destructive">
      {errors.join(" ")}
    </p>
  );
}

/** A submit button that shows it is working. */
export function PendingButton({
  pending,
  pendingLabel,
  children,
  ...props
}: TButtonProps & { pending: boolean; pendingLabel: string }) {
  return (
    <Button {...props} disabled={pending || props.disabled}>
      {pending ? <Loader2Icon className="animate-spin" aria-hidden /> : null}
      {pending ? pendingLabel : children}
    </Button>
  );
}

/** Quiet confirmation that a save worked, announced to screen readers. */
export function SavedNote({ show, children }: { show: boolean; children: ReactNode }) {
  return (
    <p role="status" className="flex items-center gap-1.5 text-sm text-success">
      {show ? (
        <>
          <CheckCircle2Icon className="size-4" aria-hidden />
          {children}
        </>
      ) : null}
    </p>
  );
}

/** A general failure that belongs to no single field. */
export function FormError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p role="alert" className="text-sm text-destructive">
      {message}
    </p>
  );
}

interface TConfirmActionProps {
  /** The button that asks; the question and the confirming button appear in its place. */
  label: string;
  question: string;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
  variant?: TButtonProps["variant"];
  size?: TButtonProps["size"];
}

/** Two steps for actions that change what requesters can do: ask, then confirm or cancel. */
export function ConfirmAction({
  label,
  question,
  confirmLabel,
  pending,
  onConfirm,
  variant = "outline",
  size = "sm",
}: TConfirmActionProps) {
  const t = useTranslations("adminCatalog");
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button type="button" variant={variant} size={size} onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  return (
    <span role="group" aria-label={question} className="inline-flex flex-wrap items-center gap-2">
      <span className="text-sm">{question}</span>
      <PendingButton
        type="button"
        size={size}
        variant={variant === "outline" ? "destructive" : variant}
        pending={pending}
        pendingLabel={t("working")}
        onClick={onConfirm}
      >
        {confirmLabel}
      </PendingButton>
      <Button type="button" variant="ghost" size={size} onClick={() => setAsking(false)} disabled={pending}>
        {t("cancel")}
      </Button>
    </span>
  );
}

/**
 * A checkbox per allowed value; the chosen values keep the order of `options`,
 * so what is saved reads like the template's own AllowedValues.
 */
export function OptionCheckboxes({
  options,
  values,
  onChange,
}: {
  options: readonly string[];
  values: readonly string[];
  onChange: (values: string[]) => void;
}) {
  return options.map((option) => (
    <label key={option} className="flex items-center gap-1.5 font-mono text-sm">
      <input
        type="checkbox"
        className="size-4 accent-primary"
        checked={values.includes(option)}
        onChange={(e) =>
          onChange(
            e.target.checked
              ? options.filter((o) => o === option || values.includes(o))
              : values.filter((v) => v !== option),
          )
        }
      />
      {option}
    </label>
  ));
}
