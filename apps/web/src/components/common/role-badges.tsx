import { getTranslations } from "next-intl/server";
import type { TRole } from "@stackvend/auth";
import { Badge } from "@/components/ui/badge";

export async function RoleBadges({ roles }: { roles: readonly TRole[] }) {
  const t = await getTranslations();
  if (roles.length === 0) return <span className="text-muted-foreground">{t("adminUsers.none")}</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {roles.map((role) => (
        <Badge key={role} variant={role === "ADMIN" ? "default" : "secondary"}>
          {t(`roles.${role}`)}
        </Badge>
      ))}
    </span>
  );
}
