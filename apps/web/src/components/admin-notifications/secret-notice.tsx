"use client";

import { useTranslations } from "next-intl";
import { OneTimeSecret } from "@/components/common/one-time-secret";

/** The only time an endpoint's signing secret is visible: copy it, then dismiss. */
export function SecretNotice({ secret, onDismiss }: { secret: string; onDismiss: () => void }) {
  const t = useTranslations("adminNotifications.webhooks");
  return (
    <OneTimeSecret
      value={secret}
      onDismiss={onDismiss}
      labels={{
        title: t("secretTitle"),
        description: t("secretDescription"),
        field: t("secretLabel"),
        copy: t("copy"),
        copied: t("copied"),
        done: t("done"),
      }}
    />
  );
}
