import { ChevronRightIcon, ShieldCheckIcon } from "lucide-react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { builtInPolicy, summarizeApprovalPolicy } from "@/components/admin-catalog/policy-summary";
import { Badge } from "@/components/ui/badge";
import type { TOrderFormData } from "./types";

/** Title, breadcrumb and what the order goes through: version, portfolio, approval policy. */
export async function OrderHeader({ form, title }: { form: TOrderFormData; title: string }) {
  const [t, tp, ts, locale] = await Promise.all([
    getTranslations("orderForm"),
    getTranslations("productPage"),
    getTranslations("approvalSummary"),
    getLocale(),
  ]);
  const { approval } = form;
  const portfolio = form.portfolio.name;
  const summary = summarizeApprovalPolicy(
    approval.source === "built-in" ? builtInPolicy(ts) : approval.policy,
    ts,
    locale,
  );
  const source = {
    product: t("sourceProduct", { portfolio }),
    portfolio: t("sourcePortfolio", { portfolio }),
    "built-in": t("sourceBuiltIn"),
  }[approval.source];
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
      </div>
      <section
        aria-labelledby="order-approval-policy"
        className="flex max-w-3xl gap-3 rounded-lg border bg-muted/30 px-4 py-3 text-sm"
      >
        <ShieldCheckIcon className="mt-0.5 size-4 shrink-0 text-info" aria-hidden />
        <div className="space-y-1">
          <h2 id="order-approval-policy" className="flex flex-wrap items-center gap-2 font-medium">
            {t("approvalPolicy")}
            <Badge variant="muted" data-policy-source={approval.source}>
              {source}
            </Badge>
          </h2>
          <p>{summary.stages}</p>
          {summary.autoApprove ? <p>{summary.autoApprove}</p> : null}
          {summary.costNote ? <p className="text-muted-foreground">{summary.costNote}</p> : null}
          {summary.timing ? <p className="text-muted-foreground">{summary.timing}</p> : null}
        </div>
      </section>
    </div>
  );
}
