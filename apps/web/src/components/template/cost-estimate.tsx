import { CircleDollarSignIcon } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { TCostEstimate } from "@stackvend/cfn";
import { Badge } from "@/components/ui/badge";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { cn } from "@/lib/utils";

interface TCostEstimateProps {
  estimate: TCostEstimate;
  /** Says what values the estimate used, e.g. "with the template's defaults". */
  basisNote?: string;
  className?: string;
}

/**
 * A rough monthly cost, always labelled as an estimate with its price date
 * and region, the resources it could not price and why. Renders on the
 * server or inside client components alike.
 */
export function CostEstimate({ estimate, basisNote, className }: TCostEstimateProps) {
  const t = useTranslations("templateView.cost");
  const format = useFormatter();
  const money = (amount: number) =>
    format.number(amount, { style: "currency", currency: estimate.currency, maximumFractionDigits: 2 });
  const priceDate = format.dateTime(new Date(`${estimate.priceDate}T00:00:00Z`), {
    dateStyle: "medium",
    timeZone: "UTC",
  });
  return (
    <div className={cn("space-y-4", className)} data-testid="cost-estimate">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="flex items-center gap-3">
          <span className="flex size-10 items-center justify-center rounded-lg bg-success/10 text-success">
            <CircleDollarSignIcon className="size-5" aria-hidden />
          </span>
          <div>
            <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">
              {t("estimated")}
            </p>
            <p className="text-2xl font-semibold tabular-nums">
              {money(estimate.totalMonthly)}
              <span className="ml-1 text-sm font-normal text-muted-foreground">{t("perMonth")}</span>
            </p>
          </div>
        </div>
        <div className="flex flex-wrap gap-1.5">
          <Badge variant="outline">{t("region", { region: estimate.region })}</Badge>
          <Badge variant="outline">{t("priceDate", { date: priceDate })}</Badge>
        </div>
      </div>
      {basisNote ? <p className="text-xs text-muted-foreground">{basisNote}</p> : null}
      {estimate.items.length > 0 ? (
        <Table plain>
          <TableCaption>{t("itemsCaption")}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead className="py-2 pr-3">{t("resource")}</TableHead>
              <TableHead className="py-2 pr-3">{t("basis")}</TableHead>
              <TableHead className="py-2 pr-0 text-right">{t("monthly")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {estimate.items.map((item) => (
              <TableRow key={item.resource}>
                <TableCell className="py-2 pr-3">
                  <div className="font-medium">{item.resource}</div>
                  <div className="font-mono text-xs text-muted-foreground">{item.type}</div>
                </TableCell>
                <TableCell className="py-2 pr-3 text-muted-foreground">{item.basis}</TableCell>
                <TableCell className="py-2 pr-0 text-right tabular-nums">{money(item.monthly)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <p className="text-sm text-muted-foreground">{t("noItems")}</p>
      )}
      {estimate.notEstimated.length > 0 ? (
        <details className="rounded-md border bg-muted/30 px-3 py-2 text-sm">
          <summary className="cursor-pointer font-medium">
            {t("notEstimated", { count: estimate.notEstimated.length })}
          </summary>
          <ul className="mt-2 space-y-1.5">
            {estimate.notEstimated.map((item) => (
              <li key={item.resource}>
                <span className="font-medium">{item.resource}</span>{" "}
                <span className="font-mono text-xs text-muted-foreground">{item.type}</span>
                <div className="text-xs text-muted-foreground">{item.reason}</div>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p className="text-xs leading-relaxed text-muted-foreground">
        {t("disclaimer", { region: estimate.region, date: priceDate })}
      </p>
    </div>
  );
}
