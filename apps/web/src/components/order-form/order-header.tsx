import { ChevronRightIcon, ShieldCheckIcon } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { TOrderFormData } from "./types";

/** Title, breadcrumb and what the order goes through: version, portfolio, approval policy. */
export async function OrderHeader({ form, title }: { form: TOrderFormData; title: string }) {
  const [t, tp] = await Promise.all([getTranslations("orderForm"), getTranslations("productPage")]);
  const { approval } = form;
  return (
    <div className="mb-6 space-y-3">
      <nav aria-label={tp("breadcrumb")} className="flex items-center gap-1 text-sm text-muted-foreground">
        <Link href="/catalog" className="hover:text-foreground">
          {tp("catalog")}
        </Link>
        <ChevronRightIcon className="size-3.5" aria-hidden />
        <Link href={`/catalog/${form.product.slug}`} className="hover:text-foreground">
          {form.product.name}
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <p className="text-sm text-muted-foreground">
        {t("description", { version: form.version.label, portfolio: form.portfolio.name })}
      </p>
      <div className="flex flex-wrap gap-2">
        <Badge variant="outline" className="font-mono">
          {t("versionLabel")} {form.version.label}
        </Badge>
        <Badge variant="outline">{form.portfolio.name}</Badge>
        <Badge variant="info">
          <ShieldCheckIcon className="size-3" aria-hidden />
          {approval.autoApprove
            ? t("autoApprove")
            : `${t("approvalsRequired", { count: approval.approvalsRequired })}${
                approval.approverGroup ? ` · ${t("approverGroup", { group: approval.approverGroup })}` : ""
              }`}
        </Badge>
      </div>
    </div>
  );
}
