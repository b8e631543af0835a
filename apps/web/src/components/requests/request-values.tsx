import { LockKeyholeIcon } from "lucide-react";
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

/** A parameter's name heads its row, in the text's own colour rather than the quiet column headers'. */
const ROW_HEAD = "py-2 pr-4 align-top font-mono text-inherit";

interface TRequestValuesProps {
  values: Record<string, string | string[]>;
  secretParameters: string[];
}

/** The stored parameter values; secret parameters are named, never shown, since they are supplied at deploy. */
export async function RequestValues({ values, secretParameters }: TRequestValuesProps) {
  const t = await getTranslations("requestDetail");
  const names = Object.keys(values)
    .filter((name) => !secretParameters.includes(name))
    .sort();
  if (names.length === 0 && secretParameters.length === 0)
    return <p className="text-sm text-muted-foreground">{t("noValues")}</p>;
  return (
    <div className="space-y-3">
      <Table plain>
        <TableCaption>{t("valuesCaption")}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead className="w-2/5 py-2 pr-4">{t("parameter")}</TableHead>
            <TableHead className="py-2 pr-0">{t("value")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {names.map((name) => {
            const value = values[name]!;
            return (
              <TableRow key={name}>
                <TableHead scope="row" className={ROW_HEAD}>
                  {name}
                </TableHead>
                <TableCell className="py-2 pr-0 font-mono text-xs break-all">
                  {Array.isArray(value) ? (
                    <span className="flex flex-wrap gap-1">
                      {value.map((item, i) => (
                        <Badge key={i} variant="secondary" className="font-mono font-normal">
                          {item}
                        </Badge>
                      ))}
                    </span>
                  ) : (
                    value
                  )}
                </TableCell>
              </TableRow>
            );
          })}
          {secretParameters.map((name) => (
            <TableRow key={name} data-secret={name}>
              <TableHead scope="row" className={ROW_HEAD}>
                {name}
              </TableHead>
              <TableCell className="py-2 pr-0">
                <Badge variant="muted">
                  <LockKeyholeIcon className="size-3" aria-hidden />
                  {t("suppliedAtDeploy")}
                </Badge>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {secretParameters.length > 0 ? (
        <p className="text-xs text-muted-foreground">{t("secretNote")}</p>
      ) : null}
    </div>
  );
}
