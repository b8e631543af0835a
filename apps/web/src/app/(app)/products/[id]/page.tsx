import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { cache } from "react";
import { PageSection } from "@/components/catalog/page-section";
import { Breadcrumb } from "@/components/common/breadcrumb";
import { Forbidden } from "@/components/common/forbidden";
import { ProvisionedBadges } from "@/components/provisioned/provisioned-badges";
import { StartUpdateForm } from "@/components/provisioned/start-update-form";
import { TerminateButton } from "@/components/provisioned/terminate-button";
import { RequestStatusBadge } from "@/components/requests/request-status-badge";
import { RequestTags } from "@/components/requests/request-tags";
import { RequestValues } from "@/components/requests/request-values";
import { Alert, AlertDescription } from "@/components/ui/alert";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { hasRole, requireUser } from "@/lib/auth-guard";
import { callForPage, metadataOf } from "@/lib/call-for-page";
import { api } from "@/trpc/server";

type TParams = Promise<{ id: string }>;

/** Once per request: the metadata and the page both ask for it. */
const load = cache(async (id: string) => {
  const caller = await api();
  return callForPage(() => caller.provisioned.get({ id: id.slice(0, 64) }));
});

export async function generateMetadata({ params }: { params: TParams }): Promise<Metadata> {
  const user = await requireUser();
  if (!hasRole(user, "REQUESTER")) return {};
  const product = await metadataOf(load((await params).id));
  return product ? { title: product.stackName } : {};
}

export default async function ProvisionedProductPage({ params }: { params: TParams }) {
  const user = await requireUser();
  if (!hasRole(user, "REQUESTER")) forbidden();
  const [product, t, tm, tk, format] = await Promise.all([
    load((await params).id),
    getTranslations("provisionedDetail"),
    getTranslations("myProducts"),
    getTranslations("requestKind"),
    getFormatter(),
  ]);
  if (!product) return <Forbidden />;
  const active = product.status === "ACTIVE";
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const summary: [string, React.ReactNode][] = [
    [t("product"), product.product.name],
    [t("portfolio"), product.portfolio.name],
    [t("version"), <span className="font-mono">{product.productVersion.label}</span>],
    [
      t("stackArn"),
      product.stackArn ? (
        <span className="break-all font-mono text-xs">{product.stackArn}</span>
      ) : (
        <span className="text-muted-foreground">{t("noStackArn")}</span>
      ),
    ],
    [t("created"), when(product.createdAt)],
    ...(product.terminatedAt
      ? ([[t("terminatedAt"), when(product.terminatedAt)]] as [string, string][])
      : []),
  ];
  return (
    <div className="space-y-6" data-provisioned-status={product.status}>
      <Breadcrumb
        label={t("breadcrumb")}
        parent={{ href: "/products", label: tm("title") }}
        current={product.stackName}
      />
      <div className="space-y-2">
        <h1 className="font-mono text-2xl font-semibold tracking-tight">{product.stackName}</h1>
        <ProvisionedBadges product={product} />
      </div>
      {active && product.deprecated ? (
        <Alert variant="destructive">
          <AlertDescription>{t("deprecatedNote", { label: product.productVersion.label })}</AlertDescription>
        </Alert>
      ) : null}
      {active && product.outdated && product.latestVersion ? (
        <Alert>
          <AlertDescription>{t("outdatedNote", { label: product.latestVersion.label })}</AlertDescription>
        </Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_340px]">
        <div className="min-w-0 space-y-6">
          <PageSection id="summary" title={t("summary")}>
            <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
              {summary.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-muted-foreground">{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          </PageSection>
          <PageSection id="values" title={t("values")}>
            <RequestValues values={product.values} secretParameters={[]} />
          </PageSection>
          <PageSection id="tags" title={t("tags")}>
            <RequestTags tags={product.tags} />
          </PageSection>
          <PageSection id="requests" title={t("history")}>
            <Table>
              <TableCaption>{t("historyCaption")}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHead>{t("request")}</TableHead>
                  <TableHead>{t("kind")}</TableHead>
                  <TableHead>{t("version")}</TableHead>
                  <TableHead>{t("status")}</TableHead>
                  <TableHead>{t("when")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {product.history.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell className="font-mono">
                      <Link href={`/requests/${r.id}`} className="text-primary hover:underline">
                        REQ-{r.number}
                      </Link>
                    </TableCell>
                    <TableCell>{tk(r.kind)}</TableCell>
                    <TableCell className="font-mono text-sm">{r.productVersion.label}</TableCell>
                    <TableCell>
                      <RequestStatusBadge status={r.status} />
                    </TableCell>
                    <TableCell className="whitespace-nowrap text-muted-foreground">
                      {when(r.createdAt)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </PageSection>
        </div>
        <aside className="space-y-6">
          {!active ? (
            <p className="text-sm text-muted-foreground">{t("terminatedNote")}</p>
          ) : product.openRequest ? (
            <PageSection id="under-way" title={t("update")}>
              <p className="text-sm">{t("underWay", { number: product.openRequest.number })}</p>
              <Link
                href={`/requests/${product.openRequest.id}`}
                className="mt-3 inline-block text-sm text-primary hover:underline"
              >
                {t("openRequest", { number: product.openRequest.number })}
              </Link>
            </PageSection>
          ) : (
            <>
              <PageSection id="update" title={t("update")} description={t("updateDescription")}>
                <StartUpdateForm
                  id={product.id}
                  versions={product.versions}
                  currentVersionId={product.productVersion.id}
                  latestVersionId={product.latestVersion?.id ?? null}
                />
              </PageSection>
              <PageSection id="terminate" title={t("terminate")} description={t("terminateDescription")}>
                <TerminateButton id={product.id} stackName={product.stackName} />
              </PageSection>
            </>
          )}
        </aside>
      </div>
    </div>
  );
}
