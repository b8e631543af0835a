import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { RequestStatusBadge, type TRequestStatus } from "./request-status-badge";
import { WaitingOn, type TWaitingOn } from "./waiting-on";

export interface TMyRequestRow {
  id: string;
  number: number;
  status: TRequestStatus;
  stackName: string;
  createdAt: Date;
  product: { name: string };
  productVersion: { label: string };
  portfolio: { name: string };
  waitingOn: TWaitingOn | null;
}

/** The requester's own requests: status, product and version, whom each waits on, when created. */
export async function MyRequestsTable({ rows }: { rows: TMyRequestRow[] }) {
  const [t, tp, format] = await Promise.all([
    getTranslations("myRequests"),
    getTranslations("approvalProgress"),
    getFormatter(),
  ]);
  return (
    <Table>
      <TableCaption>{t("caption")}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead className="w-16">{t("number")}</TableHead>
          <TableHead>{t("product")}</TableHead>
          <TableHead>{t("stack")}</TableHead>
          <TableHead>{t("status")}</TableHead>
          <TableHead>{t("waitingOn")}</TableHead>
          <TableHead>{t("created")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id} data-request-id={row.id} className="relative">
            <TableCell className="font-mono">
              <Link
                href={`/requests/${row.id}`}
                aria-label={t("open", { number: row.number })}
                className="text-primary after:absolute after:inset-0 hover:underline"
              >
                #{row.number}
              </Link>
            </TableCell>
            <TableCell>
              <div className="font-medium">{row.product.name}</div>
              <div className="text-xs text-muted-foreground">
                <span className="font-mono">{row.productVersion.label}</span> · {row.portfolio.name}
              </div>
            </TableCell>
            <TableCell className="font-mono text-xs">{row.stackName || "—"}</TableCell>
            <TableCell>
              <RequestStatusBadge status={row.status} />
            </TableCell>
            <TableCell className="text-sm">
              {row.status === "CHANGES_REQUESTED" ? (
                <span className="font-medium text-info">{tp("waitingOnYou")}</span>
              ) : (
                <WaitingOn waitingOn={row.waitingOn} />
              )}
            </TableCell>
            <TableCell className="whitespace-nowrap text-muted-foreground">
              {format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" })}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
