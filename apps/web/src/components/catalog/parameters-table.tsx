import { LockKeyholeIcon } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { TFormField } from "@stackvend/cfn";
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

function allowed(field: TFormField): string | string[] | null {
  if (field.options) return field.options;
  if (field.minValue !== undefined || field.maxValue !== undefined)
    return `${field.minValue ?? "…"} – ${field.maxValue ?? "…"}`;
  if (field.constraintDescription) return field.constraintDescription;
  if (field.hint) return field.hint.format;
  if (field.pattern) return field.pattern;
  return null;
}

function Allowed({ value, none }: { value: string | string[] | null; none: string }) {
  if (value === null) return none;
  // Sentences (ConstraintDescription, formats) read as prose; patterns and ranges as code.
  if (typeof value === "string")
    return <span className={/\s[a-z]/.test(value) ? undefined : "font-mono"}>{value}</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {value.map((option) => (
        <Badge key={option} variant="outline" className="font-mono font-normal">
          {option}
        </Badge>
      ))}
    </span>
  );
}

/** The template's parameters as a requester will meet them on the order form. */
export async function ParametersTable({ fields }: { fields: TFormField[] }) {
  const t = await getTranslations("productPage");
  if (fields.length === 0) return <p className="text-sm text-muted-foreground">{t("noParameters")}</p>;
  return (
    <Table plain className="table-fixed">
      <TableCaption>{t("parametersCaption")}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead className="w-[34%] py-2 pr-4">{t("parameter")}</TableHead>
          <TableHead className="py-2 pr-4">{t("type")}</TableHead>
          <TableHead className="py-2 pr-4">{t("default")}</TableHead>
          <TableHead className="py-2 pr-0">{t("constraints")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {fields.map((field) => {
          const fallback = Array.isArray(field.default) ? field.default.join(", ") : field.default;
          return (
            <TableRow key={field.name}>
              <TableCell className="pr-4">
                <div className="flex flex-wrap items-center gap-1.5 font-medium">
                  {field.label}
                  {field.required ? <Badge variant="warning">{t("required")}</Badge> : null}
                  {field.secret ? (
                    <Badge variant="muted">
                      <LockKeyholeIcon className="size-3" aria-hidden />
                      {t("secret")}
                    </Badge>
                  ) : null}
                </div>
                {field.label !== field.name ? (
                  <div className="font-mono text-xs text-muted-foreground">{field.name}</div>
                ) : null}
                {field.description ? (
                  <p className="mt-1 max-w-md text-xs text-muted-foreground">{field.description}</p>
                ) : null}
              </TableCell>
              <TableCell className="pr-4 font-mono text-xs break-all">{field.type}</TableCell>
              <TableCell className="pr-4 font-mono text-xs break-all">
                {field.secret || !fallback ? t("none") : fallback}
              </TableCell>
              <TableCell className="pr-0 text-xs break-words text-muted-foreground">
                <Allowed value={allowed(field)} none={t("none")} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
