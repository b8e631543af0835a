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

export interface TAuditRow {
  id: string;
  /** Position in the hash chain. */
  sequence: string;
  actorLabel: string;
  action: string;
  objectType: string;
  objectId: string | null;
  ip: string | null;
  data: unknown;
  createdAt: Date;
}

/** Compact one-line JSON for the summary; the full value is one click away. */
function summarise(data: unknown): { short: string; full: string } | null {
  if (data === null || data === undefined) return null;
  if (typeof data === "object" && Object.keys(data).length === 0) return null;
  const full = JSON.stringify(data, null, 2);
  const oneLine = JSON.stringify(data);
  return { short: oneLine.length > 60 ? `${oneLine.slice(0, 59)}…` : oneLine, full };
}

export async function AuditTable({ rows }: { rows: TAuditRow[] }) {
  const [t, format] = await Promise.all([getTranslations("audit"), getFormatter()]);
  return (
    <Table>
      <TableCaption>{t("caption")}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead className="text-right">{t("sequence")}</TableHead>
          <TableHead>{t("time")}</TableHead>
          <TableHead>{t("actor")}</TableHead>
          <TableHead>{t("action")}</TableHead>
          <TableHead>{t("object")}</TableHead>
          <TableHead>{t("details")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((event) => {
          const details = summarise(event.data);
          return (
            <TableRow key={event.id} className="align-top">
              <TableCell className="text-right font-mono text-xs text-muted-foreground">
                {event.sequence}
              </TableCell>
              <TableCell className="whitespace-nowrap text-muted-foreground">
                <time dateTime={event.createdAt.toISOString()}>
                  {format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
                </time>
              </TableCell>
              <TableCell>
                <div>{event.actorLabel}</div>
                {event.ip ? (
                  <div className="font-mono text-xs text-muted-foreground">
                    <span className="sr-only">{t("ip")}: </span>
                    {event.ip}
                  </div>
                ) : null}
              </TableCell>
              <TableCell>
                <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs">{event.action}</code>
              </TableCell>
              <TableCell className="text-xs">
                <div className="font-medium">{event.objectType}</div>
                {event.objectId ? (
                  <div className="font-mono text-muted-foreground">{event.objectId}</div>
                ) : null}
              </TableCell>
              <TableCell className="max-w-xs">
                {details ? (
                  <details className="text-xs">
                    <summary className="cursor-pointer truncate font-mono text-muted-foreground">
                      {details.short}
                    </summary>
                    <pre className="mt-2 max-h-64 overflow-auto rounded bg-muted p-2 font-mono">
                      {details.full}
                    </pre>
                  </details>
                ) : null}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
