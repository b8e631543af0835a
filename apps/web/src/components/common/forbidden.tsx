import { ShieldAlertIcon } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { StatusPage } from "./status-page";

/** Shown instead of a page's data when the user lacks its role. */
export async function Forbidden() {
  const t = await getTranslations("forbidden");
  return (
    <StatusPage icon={ShieldAlertIcon} code="403" title={t("title")} description={t("description")}>
      <Button asChild variant="outline">
        <Link href="/">{t("home")}</Link>
      </Button>
    </StatusPage>
  );
}
