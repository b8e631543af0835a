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
import { ProvisionedBadges, type TVersionStanding } from "./provisioned-badges";

export interface TProvisionedRow extends TVersionStanding {
  id: string;
  stackName: string;
  createdAt: Date;
  product: { name: string };
  productVersion: { label: string };
  portfolio: { name: string };
}

/** The requester's provisioned products: stack, product and version, standing, when deployed. */
export async function ProvisionedTable({ rows }: { rows: TProvisionedRow[] }) {
  const [t, format] = await Promise.all([getTranslations("myProducts"), getFormatter()]);
  return (
    <Table>
      <TableCaption>{t("caption")}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>{t("stack")}</TableHead>
          <TableHead>{t("product")}</TableHead>
          <TableHead>{t("version")}</TableHead>
          <TableHead>{t("status")}</TableHead>
          <TableHead>{t("since")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id} data-provisioned-id={row.id} className="relative">
            <TableCell className="font-mono text-sm">
              <Link
                href={`/products/${row.id}`}
                className="text-primary after:absolute after:inset-0 hover:underline"
              >
                {row.stackName}
              </Link>
            </TableCell>
            <TableCell>
              <div className="font-medium">{row.product.name}</div>
              <div className="text-xs text-muted-foreground">{row.portfolio.name}</div>
            </TableCell>
            <TableCell className="font-mono text-sm">{row.productVersion.label}</TableCell>
            <TableCell>
              <ProvisionedBadges product={row} />
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
