import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { RequestStatusBadge, type TRequestStatus } from "./request-status-badge";
import { WaitingOn, type TWaitingOn } from "./waiting-on";

interface TRequestSummaryProps {
  request: {
    status: TRequestStatus;
    kind: "PROVISION" | "UPDATE" | "TERMINATE";
    stackName: string;
    stage: number | null;
    portfolio: { name: string };
    product: { slug: string; name: string };
    productVersion: { label: string; status: string };
    waitingOn: TWaitingOn | null;
  };
}

/** Status, product and version, portfolio, stack name and whom the request waits on. */
export async function RequestSummary({ request }: TRequestSummaryProps) {
  const [t, tKind, tp] = await Promise.all([
    getTranslations("requestDetail"),
    getTranslations("requestKind"),
    getTranslations("productPage"),
  ]);
  const facts: { label: string; value: ReactNode }[] = [
    { label: t("status"), value: <RequestStatusBadge status={request.status} /> },
    {
      label: t("product"),
      value: (
        <Link
          href={`/catalog/${request.product.slug}`}
          className="font-medium text-primary underline-offset-4 hover:underline"
        >
          {request.product.name}
        </Link>
      ),
    },
    {
      label: t("version"),
      value: (
        <span className="flex items-center gap-2">
          <span className="font-mono">{request.productVersion.label}</span>
          {request.productVersion.status !== "ACTIVE" ? (
            <Badge variant="muted">{tp("deprecated")}</Badge>
          ) : null}
        </span>
      ),
    },
    { label: t("portfolio"), value: request.portfolio.name },
    {
      label: t("stackName"),
      value: request.stackName ? (
        <span className="font-mono">{request.stackName}</span>
      ) : (
        <span className="text-muted-foreground">{t("noStackName")}</span>
      ),
    },
    { label: t("kind"), value: tKind(request.kind) },
  ];
  if (request.waitingOn)
    facts.push({ label: t("waitingOn"), value: <WaitingOn waitingOn={request.waitingOn} /> });
  return (
    <section aria-labelledby="summary-title" className="rounded-xl border bg-card p-5 shadow-sm sm:p-6">
      <h2 id="summary-title" className="text-base font-semibold">
        {t("summary")}
      </h2>
      <dl className="mt-4 grid gap-x-6 gap-y-4 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt className="text-xs text-muted-foreground">{fact.label}</dt>
            <dd className="mt-0.5">{fact.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
