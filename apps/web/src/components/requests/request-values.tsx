import { LockKeyholeIcon } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

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
      <table className="w-full text-sm">
        <caption className="sr-only">{t("valuesCaption")}</caption>
        <thead>
          <tr className="border-b text-left text-xs text-muted-foreground">
            <th scope="col" className="w-2/5 py-2 pr-4 font-medium">
              {t("parameter")}
            </th>
            <th scope="col" className="py-2 font-medium">
              {t("value")}
            </th>
          </tr>
        </thead>
        <tbody>
          {names.map((name) => {
            const value = values[name]!;
            return (
              <tr key={name} className="border-b align-top last:border-0">
                <th scope="row" className="py-2 pr-4 text-left font-mono text-xs font-medium">
                  {name}
                </th>
                <td className="py-2 font-mono text-xs break-all">
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
                </td>
              </tr>
            );
          })}
          {secretParameters.map((name) => (
            <tr key={name} className="border-b align-top last:border-0" data-secret={name}>
              <th scope="row" className="py-2 pr-4 text-left font-mono text-xs font-medium">
                {name}
              </th>
              <td className="py-2">
                <Badge variant="muted">
                  <LockKeyholeIcon className="size-3" aria-hidden />
                  {t("suppliedAtDeploy")}
                </Badge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {secretParameters.length > 0 ? (
        <p className="text-xs text-muted-foreground">{t("secretNote")}</p>
      ) : null}
    </div>
  );
}
