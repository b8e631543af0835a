import Link from "next/link";
import { getTranslations } from "next-intl/server";
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
import type { TPortfolioListItem } from "./types";

export async function PortfolioTable({ rows }: { rows: TPortfolioListItem[] }) {
  const t = await getTranslations("adminPortfolios");
  return (
    <Table>
      <TableCaption>{t("caption")}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>{t("name")}</TableHead>
          <TableHead>{t("owner")}</TableHead>
          <TableHead className="text-right">{t("products")}</TableHead>
          <TableHead className="text-right">{t("grants")}</TableHead>
          <TableHead>{t("status")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((p) => (
          <TableRow key={p.id} data-portfolio={p.name}>
            <TableCell className="max-w-md">
              <Link href={`/admin/portfolios/${p.id}`} className="font-medium text-primary hover:underline">
                {p.name}
              </Link>
              {p.description ? (
                <div className="line-clamp-1 text-xs text-muted-foreground">{p.description}</div>
              ) : null}
            </TableCell>
            <TableCell className="text-muted-foreground">{p.owner || "—"}</TableCell>
            <TableCell className="text-right tabular-nums">{p.productCount}</TableCell>
            <TableCell className="text-right tabular-nums">{p.grantCount}</TableCell>
            <TableCell>
              <Badge variant={p.archivedAt ? "muted" : "success"}>
                {p.archivedAt ? t("archived") : t("active")}
              </Badge>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
