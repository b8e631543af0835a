import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { WaitingOn, type TWaitingOn } from "@/components/requests/waiting-on";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { withParams } from "@/lib/search-params";

export interface TQueueRow {
  id: string;
  number: number;
  kind: "PROVISION" | "UPDATE" | "TERMINATE";
  stackName: string;
  submittedAt: Date | null;
  createdAt: Date;
  product: { name: string };
  productVersion: { label: string };
  portfolio: { name: string };
  requester: { name: string; email: string };
  waitingOn: TWaitingOn | null;
}

interface TQueueTableProps {
  rows: TQueueRow[];
  /** Carried into each request's link, so "next" after a decision stays in this view. */
  filter: { portfolio?: string; product?: string };
  now: Date;
}

/** The approver's queue, oldest first: age, request, product, portfolio, stage and requester. */
export async function ApprovalQueueTable({ rows, filter, now }: TQueueTableProps) {
  const [t, tKind, format] = await Promise.all([
    getTranslations("approvals"),
    getTranslations("requestKind"),
    getFormatter(),
  ]);
  return (
    <Table>
      <TableCaption>{t("caption")}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead className="w-28">{t("columns.waiting")}</TableHead>
          <TableHead className="w-20">{t("columns.request")}</TableHead>
          <TableHead>{t("columns.product")}</TableHead>
          <TableHead>{t("columns.portfolio")}</TableHead>
          <TableHead>{t("columns.stage")}</TableHead>
          <TableHead>{t("columns.requester")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => {
          const since = row.submittedAt ?? row.createdAt;
          return (
            <TableRow key={row.id} data-request-id={row.id} className="relative">
              <TableCell className="whitespace-nowrap">
                <time
                  dateTime={since.toISOString()}
                  title={format.dateTime(since, { dateStyle: "medium", timeStyle: "short" })}
                  className="font-medium tabular-nums"
                >
                  {format.relativeTime(since, now)}
                </time>
              </TableCell>
              <TableCell className="font-mono">
                <Link
                  href={withParams(`/approvals/${row.id}`, filter)}
                  aria-label={t("open", { number: row.number, product: row.product.name })}
                  className="text-primary after:absolute after:inset-0 hover:underline focus-visible:outline-none focus-visible:after:rounded-md focus-visible:after:ring-2 focus-visible:after:ring-ring"
                >
                  #{row.number}
                </Link>
              </TableCell>
              <TableCell>
                <div className="font-medium">{row.product.name}</div>
                <div className="text-xs text-muted-foreground">
                  <span className="font-mono">{row.productVersion.label}</span> · {tKind(row.kind)} ·{" "}
                  <span className="font-mono">{row.stackName}</span>
                </div>
              </TableCell>
              <TableCell>{row.portfolio.name}</TableCell>
              <TableCell className="text-sm">
                <WaitingOn waitingOn={row.waitingOn} />
              </TableCell>
              <TableCell>
                <div>{row.requester.name}</div>
                <div className="text-xs text-muted-foreground">{row.requester.email}</div>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
