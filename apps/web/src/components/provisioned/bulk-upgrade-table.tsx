"use client";

import type { AppRouter } from "@stackvend/api";
import { useMutation } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { useTRPC } from "@/trpc/react";
import { ProvisionedBadges } from "./provisioned-badges";

type TOutputs = inferRouterOutputs<AppRouter>;
type TAdminProvisioned = TOutputs["provisioned"]["adminList"];

/**
 * A product's provisioned products for a catalog admin, deprecated and
 * outdated versions flagged; the selected ones get update drafts to the
 * chosen version, and the result says what each owner got.
 */
export function BulkUpgradeTable({ data }: { data: TAdminProvisioned }) {
  const t = useTranslations("adminProvisioned");
  const trpc = useTRPC();
  const router = useRouter();
  const targetId = useId();
  const active = data.versions.filter((v) => v.status === "ACTIVE");
  const [target, setTarget] = useState(active[0]?.id ?? "");
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const bulk = useMutation(
    trpc.provisioned.bulkUpdate.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const targetLabel = active.find((v) => v.id === target)?.label ?? "";
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  if (data.items.length === 0) return <p className="text-sm text-muted-foreground">{t("none")}</p>;
  return (
    <div className="space-y-4">
      <p className="text-sm text-muted-foreground">
        {t("versionsTitle")}:{" "}
        {data.versions
          .filter((v) => v.provisioned > 0)
          .map((v) => t("versionCount", { label: v.label, count: v.provisioned }))
          .join(" · ")}
      </p>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (selected.size === 0 || !target) return;
          bulk.mutate({ productId: data.product.id, productVersionId: target, ids: [...selected] });
        }}
      >
        <div className="space-y-1.5">
          <Label htmlFor={targetId}>{t("target")}</Label>
          <select
            id={targetId}
            value={target}
            onChange={(event) => setTarget(event.target.value)}
            className="flex h-9 rounded-md border border-input bg-background px-3 text-sm shadow-xs focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          >
            {active.map((v) => (
              <option key={v.id} value={v.id}>
                {v.label}
              </option>
            ))}
          </select>
        </div>
        <Button
          type="button"
          variant="outline"
          onClick={() =>
            setSelected(
              new Set(
                data.items.filter((i) => i.productVersion.id !== target && !i.openRequest).map((i) => i.id),
              ),
            )
          }
        >
          {t("selectOutdated", { label: targetLabel })}
        </Button>
        <Button type="submit" disabled={bulk.isPending || selected.size === 0 || !target}>
          {bulk.isPending ? t("creating") : t("createDrafts", { count: selected.size })}
        </Button>
      </form>
      {bulk.error ? (
        <p role="alert" className="text-sm text-destructive">
          {t("failed", { message: bulk.error.message })}
        </p>
      ) : null}
      {bulk.data ? (
        <section
          aria-labelledby="bulk-results-title"
          className="rounded-lg border p-4"
          data-testid="bulk-results"
        >
          <h2 id="bulk-results-title" className="text-sm font-semibold">
            {t("resultsTitle")}
          </h2>
          <ul role="status" className="mt-2 space-y-2 text-sm">
            {bulk.data.map((r) =>
              r.drafted ? (
                <li key={r.id}>
                  {t("drafted", { stack: r.stackName, number: r.number })}
                  {r.carryOverIssues.length > 0 ? (
                    <ul className="ml-4 list-disc text-destructive">
                      {r.carryOverIssues.map((issue) => (
                        <li key={issue.parameter}>
                          {t("flagged", {
                            parameter: issue.parameter,
                            value: Array.isArray(issue.value) ? issue.value.join(",") : issue.value,
                            rule: issue.rule,
                          })}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ) : (
                <li key={r.id} className="text-destructive">
                  {t("skipped", { stack: r.stackName, reason: r.reason })}
                </li>
              ),
            )}
          </ul>
        </section>
      ) : null}
      <Table>
        <TableCaption>{t("caption", { product: data.product.name })}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead scope="col">{t("select")}</TableHead>
            <TableHead scope="col">{t("stack")}</TableHead>
            <TableHead scope="col">{t("owner")}</TableHead>
            <TableHead scope="col">{t("portfolio")}</TableHead>
            <TableHead scope="col">{t("version")}</TableHead>
            <TableHead scope="col">{t("standing")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {data.items.map((row) => (
            <TableRow key={row.id} data-provisioned-id={row.id}>
              <TableCell>
                <input
                  type="checkbox"
                  className="size-4 accent-primary"
                  checked={selected.has(row.id)}
                  onChange={() => toggle(row.id)}
                  aria-label={t("selectStack", { stack: row.stackName })}
                />
              </TableCell>
              <TableCell className="font-mono text-sm">{row.stackName}</TableCell>
              <TableCell>
                <div>{row.owner.name}</div>
                <div className="text-xs text-muted-foreground">{row.owner.email}</div>
              </TableCell>
              <TableCell>{row.portfolio.name}</TableCell>
              <TableCell className="font-mono text-sm">{row.productVersion.label}</TableCell>
              <TableCell>
                <ProvisionedBadges product={row} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
