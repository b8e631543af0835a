import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { REQUEST_ID_HEADER } from "@/server/observability/request-id";

/** The id of the request that rendered this page, to quote to an operator: it is in the server's log line. */
export async function RequestReference() {
  const [headerStore, t] = await Promise.all([headers(), getTranslations("app")]);
  const id = headerStore.get(REQUEST_ID_HEADER);
  if (!id) return null;
  return <p className="font-mono text-xs text-muted-foreground">{t("requestId", { id })}</p>;
}
