"use client";

import { EyeIcon, RotateCcwIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { TFormModel } from "@stackvend/cfn";
import { Button } from "@/components/ui/button";
import { hasErrors, type TRequiredTagOption } from "./form-state";
import { OrderFormBody } from "./order-form-body";
import { useOrderForm } from "./use-order-form";

interface TOrderFormPreviewProps {
  formModel: TFormModel;
  /** Tags a portfolio requires, if the preview is for one. */
  requiredTags?: TRequiredTagOption[];
  /** Hide the stack name and justification to show the template's parameters only. */
  parametersOnly?: boolean;
}

/**
 * The order form exactly as requesters see it, with the same live checks,
 * in a try-it mode that never sends anything. For admins before publishing.
 */
export function OrderFormPreview(props: TOrderFormPreviewProps) {
  const [generation, setGeneration] = useState(0);
  return <PreviewInner key={generation} {...props} onReset={() => setGeneration((g) => g + 1)} />;
}

function PreviewInner({
  formModel,
  requiredTags = [],
  parametersOnly = false,
  onReset,
}: TOrderFormPreviewProps & { onReset: () => void }) {
  const t = useTranslations("orderForm.tryIt");
  const form = useOrderForm(formModel, requiredTags, { stackName: parametersOnly ? "preview-stack" : "" });
  const [checked, setChecked] = useState<boolean | null>(null);
  return (
    <div className="space-y-4" data-testid="order-form-preview">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-info/30 bg-info/5 px-4 py-3 text-sm">
        <p className="flex items-center gap-2">
          <EyeIcon className="size-4 text-info" aria-hidden />
          {t("banner")}
        </p>
        <div className="flex gap-2">
          <Button type="button" size="sm" variant="outline" onClick={onReset}>
            <RotateCcwIcon aria-hidden />
            {t("reset")}
          </Button>
          <Button
            type="button"
            size="sm"
            onClick={() => {
              form.attempt("complete");
              setChecked(!hasErrors(form.errorsFor("complete")));
            }}
          >
            {t("check")}
          </Button>
        </div>
      </div>
      {checked !== null ? (
        <p role="status" className={checked ? "text-sm text-success" : "text-sm text-destructive"}>
          {checked ? t("valid") : t("invalid")}
        </p>
      ) : null}
      <OrderFormBody
        model={formModel}
        state={form.state}
        requiredTags={requiredTags}
        issues={form.issues}
        onValue={form.onValue}
        onStackName={form.onStackName}
        onTag={form.onTag}
        onBlur={form.onBlur}
        onJustification={parametersOnly ? undefined : form.onJustification}
        hideStackName={parametersOnly}
      />
    </div>
  );
}
