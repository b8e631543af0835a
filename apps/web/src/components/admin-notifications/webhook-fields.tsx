"use client";

import { useTranslations } from "next-intl";
import { NOTIFICATION_EVENT_TYPES, type TNotificationEventType } from "@stackvend/api/notification-events";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export interface TWebhookDraft {
  name: string;
  url: string;
  slack: boolean;
  events: TNotificationEventType[];
}

export const EMPTY_WEBHOOK: TWebhookDraft = { name: "", url: "", slack: false, events: [] };

/** The fields of an endpoint, for adding one and for editing it; `idPrefix` keeps the ids unique. */
export function WebhookFields({
  idPrefix,
  draft,
  onChange,
  errors,
}: {
  idPrefix: string;
  draft: TWebhookDraft;
  onChange: (draft: TWebhookDraft) => void;
  errors: Record<string, string[] | undefined>;
}) {
  const t = useTranslations("adminNotifications.webhooks");
  const field = (name: "name" | "url", type = "text") => {
    const id = `${idPrefix}-${name}`;
    const problems = errors[name] ?? [];
    return (
      <div className="space-y-2">
        <Label htmlFor={id}>{t(name)}</Label>
        <Input
          id={id}
          type={type}
          value={draft[name]}
          placeholder={t(name === "name" ? "namePlaceholder" : "urlPlaceholder")}
          onChange={(e) => onChange({ ...draft, [name]: e.target.value })}
          aria-invalid={problems.length > 0 || undefined}
          aria-describedby={problems.length > 0 ? `${id}-error` : undefined}
        />
        {problems.length > 0 ? (
          <p id={`${id}-error`} className="text-sm text-destructive">
            {problems.join(" ")}
          </p>
        ) : null}
      </div>
    );
  };
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {field("name")}
      {field("url", "url")}
      <label className="flex items-start gap-2 text-sm sm:col-span-2">
        <input
          type="checkbox"
          className="mt-0.5 size-4"
          checked={draft.slack}
          onChange={(e) => onChange({ ...draft, slack: e.target.checked })}
        />
        <span>
          {t("slack")} <span className="text-muted-foreground">{t("slackHint")}</span>
        </span>
      </label>
      <fieldset className="space-y-2 sm:col-span-2">
        <legend className="text-sm font-medium">
          {t("events")} <span className="font-normal text-muted-foreground">{t("eventsHint")}</span>
        </legend>
        <div className="grid gap-1.5 sm:grid-cols-2">
          {NOTIFICATION_EVENT_TYPES.map((type) => (
            <label key={type} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-4"
                checked={draft.events.includes(type)}
                onChange={(e) =>
                  onChange({
                    ...draft,
                    events: e.target.checked
                      ? [...draft.events, type]
                      : draft.events.filter((held) => held !== type),
                  })
                }
              />
              <span className="font-mono text-xs">{type}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** The procedure input of a draft: trimmed, in the API's terms. */
export function webhookInput(draft: TWebhookDraft) {
  return {
    name: draft.name.trim(),
    url: draft.url.trim(),
    format: draft.slack ? ("SLACK" as const) : ("JSON" as const),
    events: draft.events,
  };
}
