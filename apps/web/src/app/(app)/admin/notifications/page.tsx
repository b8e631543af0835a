import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DeliveriesTable } from "@/components/admin-notifications/deliveries-table";
import { EmailStatusCard } from "@/components/admin-notifications/email-status-card";
import { WebhookEndpoints } from "@/components/admin-notifications/webhook-endpoints";
import { Forbidden } from "@/components/common/forbidden";
import { PageHeader } from "@/components/common/page-header";
import { hasRole, requireUser } from "@/lib/auth-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminNotifications"))("title") };
}

export default async function AdminNotificationsPage() {
  const user = await requireUser();
  if (!hasRole(user, "ADMIN")) return <Forbidden />;
  const t = await getTranslations("adminNotifications");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <WebhookEndpoints />
        <DeliveriesTable />
        <EmailStatusCard defaultTo={user.email} />
      </div>
    </>
  );
}
