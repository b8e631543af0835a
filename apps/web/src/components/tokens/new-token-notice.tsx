"use client";

import { useTranslations } from "next-intl";
import { OneTimeSecret } from "@/components/common/one-time-secret";

/** The only time a token is visible in clear: copy it, then dismiss. */
export function NewTokenNotice({ token, onDismiss }: { token: string; onDismiss: () => void }) {
  const t = useTranslations("tokens");
  return (
    <OneTimeSecret
      value={token}
      onDismiss={onDismiss}
      labels={{
        title: t("createdTitle"),
        description: t("createdDescription"),
        field: t("tokenLabel"),
        copy: t("copy"),
        copied: t("copied"),
        done: t("done"),
      }}
    />
  );
}
