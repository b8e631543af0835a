import { ClipboardCheckIcon, KeyRoundIcon, PackageIcon, ShieldIcon } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { RoleCard } from "./role-card";

export interface THomeSummary {
  requester?: { portfolios: number; products: number; openRequests: number; drafts: number };
  approver?: { waiting: number };
  admin?: { users: number; portfolios: number; products: number };
}

export async function Dashboard({ name, summary }: { name: string; summary: THomeSummary }) {
  const t = await getTranslations("home");
  const { requester, approver, admin } = summary;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">{t("welcome", { name })}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>
      {!requester && !approver && !admin ? (
        <Alert>
          <AlertDescription>{t("noRoles")}</AlertDescription>
        </Alert>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        {requester ? (
          <RoleCard
            icon={PackageIcon}
            title={t("requester.title")}
            description={t("requester.description")}
            statsLabel={t("statsLabel")}
            stats={[
              { label: t("requester.portfolios"), value: requester.portfolios, href: "/catalog" },
              { label: t("requester.products"), value: requester.products, href: "/catalog" },
              { label: t("requester.openRequests"), value: requester.openRequests, href: "/requests" },
              { label: t("requester.drafts"), value: requester.drafts, href: "/requests" },
            ]}
            links={[
              { label: t("requester.browse"), href: "/catalog" },
              { label: t("requester.myRequests"), href: "/requests" },
            ]}
          />
        ) : null}
        {approver ? (
          <RoleCard
            icon={ClipboardCheckIcon}
            title={t("approver.title")}
            description={t("approver.description")}
            statsLabel={t("statsLabel")}
            stats={[{ label: t("approver.waiting"), value: approver.waiting, href: "/approvals" }]}
            links={[{ label: t("approver.queue"), href: "/approvals" }]}
          />
        ) : null}
        {admin ? (
          <RoleCard
            icon={ShieldIcon}
            title={t("admin.title")}
            description={t("admin.description")}
            statsLabel={t("statsLabel")}
            stats={[
              { label: t("admin.users"), value: admin.users, href: "/admin/users" },
              { label: t("admin.portfolios"), value: admin.portfolios },
              { label: t("admin.products"), value: admin.products },
            ]}
            links={[
              { label: t("admin.manageUsers"), href: "/admin/users" },
              { label: t("admin.audit"), href: "/admin/audit" },
            ]}
          />
        ) : null}
        <RoleCard
          icon={KeyRoundIcon}
          title={t("account.title")}
          description={t("account.description")}
          statsLabel={t("statsLabel")}
          links={[{ label: t("account.link"), href: "/account/tokens" }]}
        />
      </div>
    </div>
  );
}
