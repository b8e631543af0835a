"use client";

import { RefreshCwIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { OrderFormPreview } from "@/components/order-form/order-form-preview";
import { CostEstimate } from "@/components/template/cost-estimate";
import { ResourceDiagram } from "@/components/template/resource-diagram";
import { TemplateSource } from "@/components/template/template-source";
import { VerdictBanner } from "@/components/template/verdict-banner";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";
import { FormError, PendingButton } from "./form-bits";
import { TemplateFindings } from "./template-findings";
import type { TTemplatePreviewState } from "./use-template-preview";

type TTab = "form" | "diagram" | "cost" | "source";

/**
 * What requesters will get, before anything is published: validation
 * findings, the order form itself, the resource diagram and the cost estimate.
 */
export function TemplatePreview({ state }: { state: TTemplatePreviewState }) {
  const t = useTranslations("adminProducts.preview");
  const id = useId();
  const [tab, setTab] = useState<TTab>("form");
  const { preview } = state;

  if (!preview) {
    return (
      <div className="flex flex-wrap items-center gap-3">
        <PendingButton
          type="button"
          variant="secondary"
          onClick={() => state.run()}
          disabled={!state.source.trim() || state.pending}
          pending={state.pending}
          pendingLabel={t("checking")}
        >
          <RefreshCwIcon aria-hidden />
          {t("check")}
        </PendingButton>
        <p className="text-sm text-muted-foreground">{t("none")}</p>
        <FormError message={state.error?.message} />
      </div>
    );
  }

  const errors = preview.findings.filter((f) => f.severity === "error").length;
  const warnings = preview.findings.filter((f) => f.severity === "warning").length;
  const tabs: { key: TTab; label: string; available: boolean }[] = [
    { key: "form", label: t("tabForm"), available: preview.formModel !== null },
    { key: "diagram", label: t("tabDiagram"), available: preview.graph !== null },
    { key: "cost", label: t("tabCost"), available: preview.cost !== null },
    { key: "source", label: t("tabSource"), available: true },
  ];
  const shown = tabs.find((x) => x.key === tab && x.available) ? tab : "source";

  return (
    <div className="space-y-4" aria-busy={state.pending}>
      <VerdictBanner ok={preview.publishable} label={preview.publishable ? t("publishable") : t("blocked")}>
        <Badge variant="outline">{preview.format}</Badge>
        <Badge variant={errors > 0 ? "destructive" : "muted"}>{t("errors", { count: errors })}</Badge>
        <Badge variant={warnings > 0 ? "warning" : "muted"}>{t("warnings", { count: warnings })}</Badge>
        <span className="font-mono text-xs text-muted-foreground" title={preview.digest}>
          sha256 {preview.digest.slice(0, 12)}…
        </span>
        <span className="ml-auto flex items-center gap-2">
          {state.stale ? <span className="text-warning">{t("stale")}</span> : null}
          <PendingButton
            type="button"
            size="sm"
            variant="outline"
            onClick={() => state.run()}
            pending={state.pending}
            pendingLabel={t("recheck")}
          >
            <RefreshCwIcon aria-hidden />
            {t("recheck")}
          </PendingButton>
        </span>
      </VerdictBanner>
      <FormError message={state.error?.message} />
      <TemplateFindings findings={preview.findings} />
      <div>
        <div role="tablist" aria-label={t("views")} className="mb-3 flex gap-1 border-b">
          {tabs
            .filter((x) => x.available)
            .map((x) => (
              <button
                key={x.key}
                type="button"
                role="tab"
                id={`${id}-${x.key}-tab`}
                aria-selected={shown === x.key}
                aria-controls={`${id}-${x.key}`}
                onClick={() => setTab(x.key)}
                className={cn(
                  "-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium text-muted-foreground hover:text-foreground",
                  shown === x.key && "border-primary text-foreground",
                )}
              >
                {x.label}
              </button>
            ))}
        </div>
        <div role="tabpanel" id={`${id}-${shown}`} aria-labelledby={`${id}-${shown}-tab`}>
          {shown === "form" && preview.formModel ? <OrderFormPreview formModel={preview.formModel} /> : null}
          {shown === "diagram" && preview.graph ? <ResourceDiagram graph={preview.graph} /> : null}
          {shown === "cost" && preview.cost ? (
            <CostEstimate estimate={preview.cost} basisNote={t("costBasis")} />
          ) : null}
          {shown === "source" ? (
            <TemplateSource
              source={state.source}
              format={preview.format}
              title={state.fileName ?? undefined}
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
