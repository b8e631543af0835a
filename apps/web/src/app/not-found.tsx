import { FileQuestionIcon } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RequestReference } from "@/components/common/request-reference";
import { StatusPage } from "@/components/common/status-page";
import { Button } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <StatusPage icon={FileQuestionIcon} code="404" title={t("title")} description={t("description")}>
      <Button asChild>
        <Link href="/">{t("home")}</Link>
      </Button>
      <div className="basis-full">
        <RequestReference />
      </div>
    </StatusPage>
  );
}
