"use client";

import { useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import type { TResourceGraph } from "@stackvend/cfn";
import { cn } from "@/lib/utils";
import { layoutGraph, NODE_HEIGHT, NODE_WIDTH } from "./graph-layout";

interface TResourceDiagramProps {
  graph: TResourceGraph;
  /** Parameters as nodes too; the reader can toggle them. */
  showParameters?: boolean;
  className?: string;
}

const MAX_ID = 24;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The template's resources and what they refer to, laid out in layers from
 * left (used) to right (users). Hovering or focusing a box highlights its
 * connections; a list of the same facts follows for screen readers.
 */
export function ResourceDiagram({ graph, showParameters = false, className }: TResourceDiagramProps) {
  const t = useTranslations("templateView.diagram");
  const markerId = useId();
  const [withParameters, setWithParameters] = useState(showParameters);
  const [active, setActive] = useState<string | null>(null);
  const hasParameters = graph.nodes.some((node) => node.kind === "parameter");
  const visible = useMemo<TResourceGraph>(() => {
    if (withParameters) return graph;
    const nodes = graph.nodes.filter((node) => node.kind !== "parameter");
    const ids = new Set(nodes.map((node) => node.id));
    return { nodes, edges: graph.edges.filter((e) => ids.has(e.from) && ids.has(e.to)) };
  }, [graph, withParameters]);
  const layout = useMemo(() => layoutGraph(visible), [visible]);
  const resourceCount = graph.nodes.filter((node) => node.kind === "resource").length;
  const linked = (from: string, to: string) => active !== null && (from === active || to === active);

  if (visible.nodes.length === 0) {
    return <p className="text-sm text-muted-foreground">{t("empty")}</p>;
  }
  return (
    <div className={cn("space-y-3", className)}>
      <div className="flex flex-wrap items-center justify-between gap-3 text-xs text-muted-foreground">
        <p>{t("summary", { count: resourceCount, edges: visible.edges.length })}</p>
        <div className="flex flex-wrap items-center gap-4">
          <span className="flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-0.5 w-5 bg-muted-foreground" />
            {t("legendRef")}
          </span>
          <span className="flex items-center gap-1.5">
            <span aria-hidden className="inline-block w-5 border-t-2 border-dashed border-muted-foreground" />
            {t("legendDependsOn")}
          </span>
          {hasParameters ? (
            <label className="flex cursor-pointer items-center gap-1.5 text-foreground">
              <input
                type="checkbox"
                className="size-3.5 accent-primary"
                checked={withParameters}
                onChange={(event) => setWithParameters(event.target.checked)}
              />
              {t("showParameters")}
            </label>
          ) : null}
        </div>
      </div>
      <div className="max-h-[560px] overflow-auto rounded-lg border bg-muted/30">
        <svg
          role="img"
          aria-label={t("label", { count: resourceCount, edges: visible.edges.length })}
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          className="block"
        >
          <defs>
            <marker
              id={markerId}
              viewBox="0 0 8 8"
              refX="7"
              refY="4"
              markerWidth="7"
              markerHeight="7"
              orient="auto"
            >
              <path d="M0,0 L8,4 L0,8 z" className="fill-muted-foreground" />
            </marker>
          </defs>
          {layout.edges.map((edge) => (
            <path
              key={`${edge.from}-${edge.to}-${edge.kind}`}
              d={edge.path}
              fill="none"
              markerEnd={`url(#${markerId})`}
              strokeDasharray={edge.kind === "depends-on" ? "5 4" : undefined}
              className={cn(
                "stroke-muted-foreground/50 transition-opacity",
                linked(edge.from, edge.to) && "stroke-primary",
                active !== null && !linked(edge.from, edge.to) && "opacity-20",
              )}
              strokeWidth={linked(edge.from, edge.to) ? 2 : 1.25}
            />
          ))}
          {visible.nodes.map((node) => {
            const at = layout.nodes.get(node.id);
            if (!at) return null;
            const parameter = node.kind === "parameter";
            const dimmed =
              active !== null &&
              active !== node.id &&
              !visible.edges.some((e) => linked(e.from, e.to) && (e.from === node.id || e.to === node.id));
            return (
              <g
                key={node.id}
                transform={`translate(${at.x} ${at.y})`}
                className={cn("transition-opacity", dimmed && "opacity-30")}
                onMouseEnter={() => setActive(node.id)}
                onMouseLeave={() => setActive(null)}
                data-node={node.id}
              >
                <title>{`${node.id} — ${node.type}${node.condition ? ` (${t("condition", { name: node.condition })})` : ""}`}</title>
                <rect
                  width={NODE_WIDTH}
                  height={NODE_HEIGHT}
                  rx={8}
                  className={cn(
                    parameter ? "fill-secondary stroke-border" : "fill-card stroke-primary/40",
                    active === node.id && "stroke-primary",
                  )}
                  strokeWidth={active === node.id ? 2 : 1}
                  strokeDasharray={node.condition ? "4 3" : undefined}
                />
                <rect
                  width={4}
                  height={NODE_HEIGHT - 16}
                  x={0}
                  y={8}
                  rx={2}
                  className={parameter ? "fill-muted-foreground/40" : "fill-primary"}
                />
                <text x={14} y={21} className="fill-foreground text-[12px] font-semibold">
                  {clip(node.id, MAX_ID)}
                </text>
                <text x={14} y={38} className="fill-muted-foreground font-mono text-[10.5px]">
                  {clip(parameter ? node.type : node.label, 28)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-muted-foreground hover:text-foreground">
          {t("asList")}
        </summary>
        <ul className="mt-2 space-y-1">
          {visible.nodes.map((node) => {
            const uses = visible.edges.filter((e) => e.from === node.id).map((e) => e.to);
            return (
              <li key={node.id}>
                <span className="font-medium">{node.id}</span>{" "}
                <span className="font-mono text-xs text-muted-foreground">{node.type}</span>
                {uses.length > 0 ? (
                  <span className="text-muted-foreground"> — {t("uses", { names: uses.join(", ") })}</span>
                ) : null}
              </li>
            );
          })}
        </ul>
      </details>
    </div>
  );
}
