import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { TokensManager } from "@/components/tokens/tokens-manager";
import { requireUser } from "@/lib/auth-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tokens"))("title") };
}

export default async function TokensPage() {
  await requireUser();
  const t = await getTranslations("tokens");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <TokensManager />
    </>
  );
}
