import { InboxIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { EmptyState } from "@/components/common/empty-state";
import { Forbidden } from "@/components/common/forbidden";
import { PageHeader } from "@/components/common/page-header";
import { Pager } from "@/components/common/pager";
import { MyRequestsTable } from "@/components/requests/my-requests-table";
import { Button } from "@/components/ui/button";
import { hasRole, requireUser } from "@/lib/auth-guard";
import { callForPage } from "@/lib/call-for-page";
import { firstParam, withParams } from "@/lib/search-params";
import { api } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("myRequests"))("title") };
}

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RequestsPage({ searchParams }: TProps) {
  const user = await requireUser();
  if (!hasRole(user, "REQUESTER")) forbidden();
  const cursor = firstParam((await searchParams).cursor, 64);
  const [t, caller] = await Promise.all([getTranslations("myRequests"), api()]);
  const data = await callForPage(() => caller.requests.listMine({ cursor: cursor || undefined }));
  if (!data) return <Forbidden />;
  const browse = (
    <Button asChild variant={data.items.length === 0 ? "default" : "outline"}>
      <Link href="/catalog">{t("browse")}</Link>
    </Button>
  );
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={data.items.length > 0 ? browse : undefined}
      />
      {data.items.length === 0 ? (
        <EmptyState
          icon={InboxIcon}
          title={t("emptyTitle")}
          description={t("emptyDescription")}
          action={browse}
        />
      ) : (
        <MyRequestsTable rows={data.items} />
      )}
      <Pager
        label={t("paginationLabel")}
        first={cursor ? { href: "/requests", label: t("firstPage") } : undefined}
        next={
          data.nextCursor
            ? { href: withParams("/requests", { cursor: data.nextCursor }), label: t("nextPage") }
            : undefined
        }
      />
    </>
  );
}
