import { BoxesIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { EmptyState } from "@/components/common/empty-state";
import { Forbidden } from "@/components/common/forbidden";
import { PageHeader } from "@/components/common/page-header";
import { ProvisionedTable } from "@/components/provisioned/provisioned-table";
import { Button } from "@/components/ui/button";
import { hasRole, requireUser } from "@/lib/auth-guard";
import { callForPage } from "@/lib/call-for-page";
import { api } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("myProducts"))("title") };
}

export default async function MyProductsPage() {
  const user = await requireUser();
  if (!hasRole(user, "REQUESTER")) forbidden();
  const [t, caller] = await Promise.all([getTranslations("myProducts"), api()]);
  const rows = await callForPage(() => caller.provisioned.listMine());
  if (!rows) return <Forbidden />;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {rows.length === 0 ? (
        <EmptyState
          icon={BoxesIcon}
          title={t("emptyTitle")}
          description={t("emptyDescription")}
          action={
            <Button asChild>
              <Link href="/catalog">{t("browse")}</Link>
            </Button>
          }
        />
      ) : (
        <ProvisionedTable rows={rows} />
      )}
    </>
  );
}
