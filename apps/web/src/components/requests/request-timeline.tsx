import { getFormatter, getTranslations } from "next-intl/server";
import type { TRequestStatus } from "./request-status-badge";

interface TTimelineRequest {
  status: TRequestStatus;
  createdAt: Date;
  submittedAt: Date | null;
  decidedAt: Date | null;
  updatedAt: Date;
}

type TStep = "created" | "submitted" | "approved" | "rejected" | "cancelled" | "fulfilled" | "lastUpdated";

/** What happened to the request and when, oldest first. */
export async function RequestTimeline({ request }: { request: TTimelineRequest }) {
  const [t, format] = await Promise.all([getTranslations("requestDetail"), getFormatter()]);
  const steps: { step: TStep; at: Date }[] = [{ step: "created", at: request.createdAt }];
  if (request.submittedAt) steps.push({ step: "submitted", at: request.submittedAt });
  if (request.decidedAt)
    steps.push({ step: request.status === "REJECTED" ? "rejected" : "approved", at: request.decidedAt });
  if (request.status === "CANCELLED") steps.push({ step: "cancelled", at: request.updatedAt });
  if (request.status === "FULFILLED") steps.push({ step: "fulfilled", at: request.updatedAt });
  if (request.status === "DRAFT" && request.updatedAt.getTime() !== request.createdAt.getTime())
    steps.push({ step: "lastUpdated", at: request.updatedAt });
  return (
    <ol className="space-y-3">
      {steps.map(({ step, at }, i) => (
        <li key={step} className="flex gap-3">
          <span className="flex flex-col items-center" aria-hidden>
            <span
              className={
                i === steps.length - 1
                  ? "mt-1.5 size-2.5 rounded-full bg-primary"
                  : "mt-1.5 size-2.5 rounded-full bg-muted-foreground/40"
              }
            />
            {i < steps.length - 1 ? <span className="mt-1 w-px flex-1 bg-border" /> : null}
          </span>
          <div className="pb-1">
            <p className="text-sm font-medium">{t(step)}</p>
            <p className="text-xs text-muted-foreground">
              <time dateTime={at.toISOString()}>
                {format.dateTime(at, { dateStyle: "medium", timeStyle: "short" })}
              </time>
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
