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
import type { TAdminProductListItem } from "./types";

export async function ProductTable({ rows }: { rows: TAdminProductListItem[] }) {
  const t = await getTranslations("adminProducts");
  return (
    <Table>
      <TableCaption>{t("caption")}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>{t("name")}</TableHead>
          <TableHead>{t("latest")}</TableHead>
          <TableHead className="text-right">{t("versionCount")}</TableHead>
          <TableHead>{t("portfolios")}</TableHead>
          <TableHead>{t("owner")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((p) => {
          const latest = p.versions.find((v) => v.status === "ACTIVE");
          return (
            <TableRow key={p.id} data-product={p.slug}>
              <TableCell className="max-w-sm">
                <Link href={`/admin/products/${p.id}`} className="font-medium text-primary hover:underline">
                  {p.name}
                </Link>
                <div className="font-mono text-xs text-muted-foreground">{p.slug}</div>
              </TableCell>
              <TableCell>
                {latest ? (
                  <Badge variant="outline" className="font-mono">
                    {latest.label}
                  </Badge>
                ) : (
                  <Badge variant="muted">{t("noActiveVersion")}</Badge>
                )}
              </TableCell>
              <TableCell className="text-right tabular-nums">{p.versionCount}</TableCell>
              <TableCell>
                {p.portfolios.length === 0 ? (
                  <span className="text-muted-foreground">{t("inNoPortfolio")}</span>
                ) : (
                  <span className="flex flex-wrap gap-1">
                    {p.portfolios.map((pf) => (
                      <Badge key={pf.id} variant="secondary" className="font-normal">
                        {pf.name}
                      </Badge>
                    ))}
                  </span>
                )}
              </TableCell>
              <TableCell className="text-muted-foreground">{p.owner || "—"}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
