"use client";

import { TriangleAlertIcon } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { StatusPage } from "@/components/common/status-page";
import { Button } from "@/components/ui/button";

/** Never shows the error itself: its message or stack could reveal internals. The digest is safe to quote to an operator. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("error");
  return (
    <StatusPage
      icon={TriangleAlertIcon}
      code={error.digest ? t("reference", { digest: error.digest }) : undefined}
      title={t("title")}
      description={t("description")}
    >
      <Button onClick={reset}>{t("retry")}</Button>
      <Button asChild variant="outline">
        <Link href="/">{t("home")}</Link>
      </Button>
    </StatusPage>
  );
}
