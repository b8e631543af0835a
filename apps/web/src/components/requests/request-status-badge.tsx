import { getTranslations } from "next-intl/server";
import { Badge, type TBadgeVariant } from "@/components/ui/badge";

export type TRequestStatus =
  | "DRAFT"
  | "SUBMITTED"
  | "CHANGES_REQUESTED"
  | "APPROVED"
  | "REJECTED"
  | "CANCELLED"
  | "EXPIRED"
  | "FULFILLED";

const VARIANTS: Record<TRequestStatus, TBadgeVariant> = {
  DRAFT: "muted",
  SUBMITTED: "warning",
  CHANGES_REQUESTED: "info",
  APPROVED: "success",
  REJECTED: "destructive",
  CANCELLED: "muted",
  EXPIRED: "muted",
  FULFILLED: "info",
};

export async function RequestStatusBadge({ status }: { status: TRequestStatus }) {
  const t = await getTranslations("requestStatus");
  return (
    <Badge variant={VARIANTS[status]} data-status={status}>
      {t(status)}
    </Badge>
  );
}
