"use client";

import { XIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { TResourceGraph } from "@stackvend/cfn";
import { ChangePreview } from "@/components/requests/change-preview";
import { CostEstimate } from "@/components/template/cost-estimate";
import { ResourceDiagram } from "@/components/template/resource-diagram";
import { TemplateSource } from "@/components/template/template-source";
import { VerdictBanner } from "@/components/template/verdict-banner";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import type { TOrderPreview } from "./types";

interface TPreviewResultProps {
  preview: TOrderPreview;
  graph?: TResourceGraph;
  stackName: string;
  onClose: () => void;
}

/** What `orders.preview` answered: whether the order passes, its findings, the rendered template, diagram and cost. */
export function PreviewResult({ preview, graph, stackName, onClose }: TPreviewResultProps) {
  const t = useTranslations("orderForm");
  const tc = useTranslations("changePreview");
  const ref = useRef<HTMLElement>(null);
  // Each new preview takes the focus, so keyboard and screen reader users land on it.
  useEffect(() => {
    ref.current?.focus();
  }, [preview]);
  return (
    <section
      ref={ref}
      id="order-preview"
      aria-labelledby="order-preview-title"
      tabIndex={-1}
      className="space-y-5 rounded-xl border-2 border-primary/30 bg-card p-5 shadow-sm outline-none focus-visible:ring-2 focus-visible:ring-ring sm:p-6"
    >
      <div className="flex items-start justify-between gap-3">
        <div>
          <h2 id="order-preview-title" className="text-base font-semibold">
            {t("previewTitle")}
          </h2>
          <p className="mt-1 text-sm text-muted-foreground">{t("previewDescription")}</p>
        </div>
        <Button type="button" variant="ghost" size="icon" onClick={onClose} aria-label={t("closePreview")}>
          <XIcon aria-hidden />
        </Button>
      </div>
      <VerdictBanner
        compact
        ok={preview.valid}
        label={preview.valid ? t("previewValid") : t("previewInvalid")}
      />
      {preview.findings.length > 0 ? (
        <div>
          <h3 className="text-sm font-semibold">{t("previewFindings")}</h3>
          <ul className="mt-2 space-y-1 text-sm">
            {preview.findings.map((finding, i) => (
              <li key={`${finding.id}-${i}`} className="flex gap-2">
                <span
                  className={cn(
                    "font-mono text-xs",
                    finding.severity === "error" ? "text-destructive" : "text-warning",
                  )}
                >
                  {finding.id}
                </span>
                <span>{finding.message}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview.change ? (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold">{tc("title")}</h3>
          <ChangePreview change={preview.change} />
        </div>
      ) : null}
      {preview.rendered ? (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold">{t("renderedTemplate")}</h3>
          <TemplateSource source={preview.rendered.yaml} format="yaml" title={stackName || undefined} />
          <p className="truncate font-mono text-[11px] text-muted-foreground">
            sha256 {preview.rendered.sha256}
          </p>
        </div>
      ) : null}
      <div className="grid gap-5 xl:grid-cols-2">
        {graph ? (
          <div className="min-w-0 space-y-2">
            <h3 className="text-sm font-semibold">{t("diagram")}</h3>
            <ResourceDiagram graph={graph} />
          </div>
        ) : null}
        <div className="min-w-0 space-y-2">
          <h3 className="text-sm font-semibold">{t("cost")}</h3>
          <CostEstimate estimate={preview.cost} basisNote={t("previewCostBasis")} />
        </div>
      </div>
    </section>
  );
}
