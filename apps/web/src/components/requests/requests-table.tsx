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

export interface TRequestRow {
  id: string;
  number: number;
  kind: "PROVISION" | "UPDATE" | "TERMINATE";
  status: TRequestStatus;
  stackName: string;
  product: { name: string };
  productVersion: { label: string };
  createdAt: Date;
  updatedAt: Date;
  requester?: { name: string; email: string };
}

interface TRequestsTableProps {
  caption: string;
  rows: TRequestRow[];
  showRequester?: boolean;
}

export async function RequestsTable({ caption, rows, showRequester = false }: TRequestsTableProps) {
  const [t, tKind, format] = await Promise.all([
    getTranslations("requestsTable"),
    getTranslations("requestKind"),
    getFormatter(),
  ]);
  return (
    <Table>
      <TableCaption>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead className="w-16">{t("number")}</TableHead>
          <TableHead>{t("product")}</TableHead>
          <TableHead>{t("stack")}</TableHead>
          <TableHead>{t("kind")}</TableHead>
          {showRequester ? <TableHead>{t("requester")}</TableHead> : null}
          <TableHead>{t("status")}</TableHead>
          <TableHead>{showRequester ? t("created") : t("updated")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id} data-request-id={row.id}>
            <TableCell className="font-mono text-muted-foreground">#{row.number}</TableCell>
            <TableCell>
              <div className="font-medium">{row.product.name}</div>
              <div className="text-xs text-muted-foreground">{row.productVersion.label}</div>
            </TableCell>
            <TableCell className="font-mono text-xs">{row.stackName}</TableCell>
            <TableCell>{tKind(row.kind)}</TableCell>
            {showRequester ? (
              <TableCell>
                <div>{row.requester?.name}</div>
                <div className="text-xs text-muted-foreground">{row.requester?.email}</div>
              </TableCell>
            ) : null}
            <TableCell>
              <RequestStatusBadge status={row.status} />
            </TableCell>
            <TableCell className="whitespace-nowrap text-muted-foreground">
              {format.dateTime(showRequester ? row.createdAt : row.updatedAt, {
                dateStyle: "medium",
                timeStyle: "short",
              })}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
