import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SearchField } from "@/components/common/search-field";
import { Button } from "@/components/ui/button";

/** A plain GET form: the query lives in the URL (?q=), so results are linkable and work without JavaScript. */
export async function UserSearch({ query }: { query: string }) {
  const t = await getTranslations("adminUsers");
  return (
    <form
      role="search"
      action="/admin/users"
      method="get"
      className="flex w-full max-w-md items-center gap-2"
    >
      <SearchField
        id="user-search"
        label={t("searchLabel")}
        defaultValue={query}
        placeholder={t("searchPlaceholder")}
        className="flex-1"
      />
      <Button type="submit" variant="secondary">
        {t("search")}
      </Button>
      {query ? (
        <Button asChild variant="ghost">
          <Link href="/admin/users">{t("clear")}</Link>
        </Button>
      ) : null}
    </form>
  );
}
