import { KeyRoundIcon } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { checkOidcDiscovery } from "@stackvend/auth";
import { Section } from "@/components/admin-catalog/section";
import { MappingForm, MappingRow } from "@/components/admin-sso/sso-mappings";
import { EmptyState } from "@/components/common/empty-state";
import { Forbidden } from "@/components/common/forbidden";
import { PageHeader } from "@/components/common/page-header";
import { Badge } from "@/components/ui/badge";
import { hasRole, requireUser } from "@/lib/auth-guard";
import { callForPage } from "@/lib/call-for-page";
import { getRuntime } from "@/server/runtime";
import { api } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminSso"))("title") };
}

export default async function SsoPage() {
  const user = await requireUser();
  if (!hasRole(user, "ADMIN")) return <Forbidden />;
  const [t, caller, runtime] = await Promise.all([getTranslations("adminSso"), api(), getRuntime()]);
  const data = await callForPage(() => Promise.all([caller.sso.list(), caller.groups.list()]));
  if (!data) return <Forbidden />;
  const [mappings, groups] = data;
  const { oidc, STACKVEND_LOCAL_SIGN_IN: localSignIn } = runtime.env;
  // The check made at start, or a fresh one while the provider is still unreachable.
  const atStart = await runtime.oidcDiscovery;
  const discovery =
    oidc && !atStart?.ok ? await checkOidcDiscovery(oidc.issuer, { timeoutMs: 3000 }) : atStart;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <Section id="sso-status" title={t("statusTitle")}>
          {oidc ? (
            <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="text-muted-foreground">{t("issuer")}</dt>
              <dd className="font-mono break-all">{oidc.issuer}</dd>
              <dt className="text-muted-foreground">{t("discovery")}</dt>
              <dd data-testid="sso-discovery">
                {discovery?.ok ? (
                  <Badge variant="success">{t("discoveryOk")}</Badge>
                ) : (
                  <span className="space-y-1">
                    <Badge variant="destructive">{t("discoveryFailed")}</Badge>{" "}
                    <span className="text-muted-foreground">{discovery?.error}</span>
                  </span>
                )}
              </dd>
              <dt className="text-muted-foreground">{t("clientId")}</dt>
              <dd className="font-mono">{oidc.clientId}</dd>
              <dt className="text-muted-foreground">{t("groupsClaim")}</dt>
              <dd className="font-mono">{oidc.groupsClaim}</dd>
              <dt className="text-muted-foreground">{t("scopes")}</dt>
              <dd className="font-mono">{oidc.scopes}</dd>
              <dt className="text-muted-foreground">{t("localSignIn")}</dt>
              <dd>{localSignIn ? t("localOn") : t("localOff")}</dd>
            </dl>
          ) : (
            <p className="text-sm text-muted-foreground" data-testid="sso-not-configured">
              {t("notConfigured")}
            </p>
          )}
        </Section>
        <Section id="sso-mapping-new" title={t("newTitle")} description={t("newDescription")}>
          <MappingForm groups={groups.items.map(({ id, name }) => ({ id, name }))} />
        </Section>
        {mappings.items.length === 0 ? (
          <EmptyState icon={KeyRoundIcon} title={t("emptyTitle")} description={t("emptyDescription")} />
        ) : (
          <section aria-labelledby="sso-mappings" className="space-y-2">
            <h2 id="sso-mappings" className="text-base font-semibold">
              {t("mappingsTitle")}
            </h2>
            <ul className="divide-y rounded-lg border bg-card">
              {mappings.items.map((mapping) => (
                <MappingRow key={mapping.directoryGroup} mapping={mapping} />
              ))}
            </ul>
          </section>
        )}
      </div>
    </>
  );
}
