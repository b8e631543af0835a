import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { BulkUpgradeTable } from "@/components/provisioned/bulk-upgrade-table";
import { Forbidden } from "@/components/common/forbidden";
import { PageHeader } from "@/components/common/page-header";
import { Button } from "@/components/ui/button";
import { hasRole, requireUser } from "@/lib/auth-guard";
import { callForPage } from "@/lib/call-for-page";
import { firstParam } from "@/lib/search-params";
import { api } from "@/trpc/server";

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminProvisioned"))("title") };
}

export default async function AdminProvisionedPage({ searchParams }: TProps) {
  const user = await requireUser();
  if (!hasRole(user, "ADMIN")) forbidden();
  const productId = firstParam((await searchParams).product, 64);
  const [t, caller] = await Promise.all([getTranslations("adminProvisioned"), api()]);
  const products = await callForPage(() => caller.products.list({ limit: 200 }));
  if (!products) return <Forbidden />;
  const chosen = productId ? await callForPage(() => caller.provisioned.adminList({ productId })) : null;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <form action="/admin/provisioned" method="get" className="mb-6 flex max-w-xl items-end gap-2">
        <div className="flex-1 space-y-1.5">
          <label htmlFor="provisioned-product" className="text-sm font-medium">
            {t("product")}
          </label>
          <select
            id="provisioned-product"
            name="product"
            defaultValue={productId ?? ""}
            className="flex h-9 w-full rounded-md border border-input bg-background px-3 text-sm shadow-xs focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          >
            <option value="">—</option>
            {products.items.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          {t("show")}
        </Button>
      </form>
      {chosen ? (
        <BulkUpgradeTable data={chosen} />
      ) : (
        <p className="text-sm text-muted-foreground">{t("choose")}</p>
      )}
    </>
  );
}
