"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { InfoIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useTRPC } from "@/trpc/react";
import { EVENT_MESSAGE_KEY } from "./notification-view";

/** One switch per kind of event; each change is saved at once. */
export function EmailPreferences() {
  const t = useTranslations("notificationPrefs");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const prefs = useQuery(trpc.notifications.getPreferences.queryOptions());
  const save = useMutation(
    trpc.notifications.setPreferences.mutationOptions({
      onSuccess: (saved) => queryClient.setQueryData(trpc.notifications.getPreferences.queryKey(), saved),
    }),
  );

  if (prefs.isPending)
    return (
      <div className="space-y-2" aria-busy="true">
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} className="h-6 w-80" />
        ))}
      </div>
    );
  if (prefs.isError)
    return (
      <p role="alert" className="text-sm text-destructive">
        {t("loadFailed")}
      </p>
    );

  return (
    <div className="space-y-4">
      {prefs.data.emailConfigured ? null : (
        <Alert>
          <InfoIcon aria-hidden />
          <AlertDescription>{t("emailOff")}</AlertDescription>
        </Alert>
      )}
      <Card>
        <CardContent className="pt-6">
          <fieldset className="space-y-3">
            <legend className="mb-2 text-sm font-medium">{t("legend")}</legend>
            {prefs.data.email.map(({ type, enabled }) => (
              <label key={type} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-4"
                  checked={enabled}
                  disabled={save.isPending}
                  onChange={(e) => save.mutate({ email: [{ type, enabled: e.target.checked }] })}
                />
                {t(`type.${EVENT_MESSAGE_KEY[type]}`)}
              </label>
            ))}
          </fieldset>
        </CardContent>
      </Card>
      <p aria-live="polite" className="text-sm">
        {save.isError ? (
          <span className="text-destructive">{t("failed")}</span>
        ) : save.isSuccess ? (
          <span className="text-muted-foreground">{t("saved")}</span>
        ) : null}
      </p>
    </div>
  );
}
