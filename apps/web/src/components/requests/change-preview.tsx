import type { TChangePreview } from "@stackvend/cfn";
import { AlertTriangleIcon, MinusCircleIcon, PencilIcon, PlusCircleIcon } from "lucide-react";
import { useTranslations } from "next-intl";
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

export interface TChangeView {
  kind: "UPDATE" | "TERMINATE";
  deployedFrom: number | null;
  preview: TChangePreview;
}

/**
 * What an update or termination changes in the deployed stack, from the
 * engine's change preview: replacements first (with the properties that
 * force them), then removals (and what Retain or Snapshot keeps), additions,
 * in-place modifications, parameter values and definitions, and outputs.
 * The same component serves the requester's preview, the request page and
 * the approver's page.
 */
export function ChangePreview({ change }: { change: TChangeView }) {
  const t = useTranslations("changePreview");
  const { preview } = change;
  const { resources } = preview;
  return (
    <div className="space-y-4 text-sm" data-testid="change-preview">
      <p className="text-muted-foreground">
        {change.deployedFrom !== null
          ? t(change.kind === "TERMINATE" ? "againstTerminate" : "against", { number: change.deployedFrom })
          : null}
      </p>
      {preview.unchanged ? <p>{t("unchanged")}</p> : null}
      {resources.replaced.length > 0 ? (
        <div
          role="note"
          className="space-y-2 rounded-lg border border-destructive/50 bg-destructive/5 p-3"
          data-testid="change-replaced"
        >
          <p className="flex items-center gap-2 font-medium text-destructive">
            <AlertTriangleIcon className="size-4" aria-hidden />
            {t("replacedTitle", { count: resources.replaced.length })}
          </p>
          <ul className="space-y-1.5">
            {resources.replaced.map((r) => (
              <li key={r.logicalId} data-logical-id={r.logicalId}>
                <span className="font-mono font-medium">{r.logicalId}</span>{" "}
                <span className="font-mono text-xs text-muted-foreground">{r.type}</span>{" "}
                {r.impact === "replaces"
                  ? t("replacedBy", { properties: r.forcedBy.join(", ") })
                  : t("mayReplaceBy", { properties: r.forcedBy.join(", ") })}
                {r.stateful ? <span className="ml-1 font-medium">{t("stateful")}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {resources.removed.length > 0 ? (
        <ResourceList
          icon={<MinusCircleIcon className="size-4" aria-hidden />}
          title={t("removedTitle", { count: resources.removed.length })}
          testId="change-removed"
          items={resources.removed.map((r) => ({
            id: r.logicalId,
            type: r.type,
            note:
              r.deletionPolicy === "Retain"
                ? t("retained")
                : r.deletionPolicy === "Snapshot"
                  ? t("snapshot")
                  : undefined,
          }))}
        />
      ) : null}
      {resources.added.length > 0 ? (
        <ResourceList
          icon={<PlusCircleIcon className="size-4" aria-hidden />}
          title={t("addedTitle", { count: resources.added.length })}
          testId="change-added"
          items={resources.added.map((r) => ({ id: r.logicalId, type: r.type }))}
        />
      ) : null}
      {resources.modified.length > 0 ? (
        <ResourceList
          icon={<PencilIcon className="size-4" aria-hidden />}
          title={t("modifiedTitle", { count: resources.modified.length })}
          testId="change-modified"
          items={resources.modified.map((r) => ({
            id: r.logicalId,
            type: r.type,
            note: r.changes.map((c) => c.path.filter((p) => p !== "Properties").join(".")).join(", "),
          }))}
        />
      ) : null}
      {preview.values.length > 0 ? (
        <Table data-testid="change-values">
          <TableCaption>{t("valuesCaption")}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">{t("parameter")}</TableHead>
              <TableHead scope="col">{t("before")}</TableHead>
              <TableHead scope="col">{t("after")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {preview.values.map((v) => (
              <TableRow key={v.name}>
                <TableHead scope="row" className="font-mono text-inherit">
                  {v.name}
                </TableHead>
                {v.secret ? (
                  <TableCell colSpan={2}>
                    <Badge variant="muted">{t(v.change === "added" ? "secretAdded" : "secretRemoved")}</Badge>
                  </TableCell>
                ) : (
                  <>
                    <TableCell className="break-all font-mono text-xs">{v.old ?? "—"}</TableCell>
                    <TableCell className="break-all font-mono text-xs">{v.new ?? "—"}</TableCell>
                  </>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {preview.parameters.added.length +
        preview.parameters.removed.length +
        preview.parameters.changed.length >
      0 ? (
        <p>
          {t("parameterDefinitions", {
            added: preview.parameters.added.join(", ") || "—",
            removed: preview.parameters.removed.join(", ") || "—",
            changed: preview.parameters.changed.map((c) => c.name).join(", ") || "—",
          })}
        </p>
      ) : null}
      {preview.outputs.added.length + preview.outputs.removed.length + preview.outputs.changed.length > 0 ? (
        <p>
          {t("outputs", {
            added: preview.outputs.added.join(", ") || "—",
            removed: preview.outputs.removed.join(", ") || "—",
            changed: preview.outputs.changed.map((c) => c.name).join(", ") || "—",
          })}
        </p>
      ) : null}
    </div>
  );
}

function ResourceList({
  icon,
  title,
  items,
  testId,
}: {
  icon: React.ReactNode;
  title: string;
  items: { id: string; type: string; note?: string | undefined }[];
  testId: string;
}) {
  return (
    <div className="space-y-1.5" data-testid={testId}>
      <p className="flex items-center gap-2 font-medium">
        {icon}
        {title}
      </p>
      <ul className="space-y-1 pl-6">
        {items.map((item) => (
          <li key={item.id} data-logical-id={item.id}>
            <span className="font-mono">{item.id}</span>{" "}
            <span className="font-mono text-xs text-muted-foreground">{item.type}</span>
            {item.note ? <span className="ml-1">{item.note}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
