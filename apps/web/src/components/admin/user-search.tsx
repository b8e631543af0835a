import { SearchIcon } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

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
      <label htmlFor="user-search" className="sr-only">
        {t("searchLabel")}
      </label>
      <div className="relative flex-1">
        <SearchIcon
          className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground"
          aria-hidden
        />
        <Input
          id="user-search"
          type="search"
          name="q"
          defaultValue={query}
          placeholder={t("searchPlaceholder")}
          maxLength={200}
          className="pl-8"
        />
      </div>
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
