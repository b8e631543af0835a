import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE } from "./config";
import { negotiateLocale } from "./negotiate";

/** The server's zone, so dates read the same on the server render and in the browser. */
const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

/**
 * The shell's strings live in messages/<locale>.json; each product area keeps
 * its own file in messages/<locale>/<area>.json with its own top-level keys.
 */
async function loadMessages(locale: string) {
  const [shell, catalog, adminCatalog, adminAudit, notifications, exports, lifecycle] = await Promise.all([
    import(`../../messages/${locale}.json`),
    import(`../../messages/${locale}/catalog.json`),
    import(`../../messages/${locale}/admin-catalog.json`),
    import(`../../messages/${locale}/admin-audit.json`),
    import(`../../messages/${locale}/notifications.json`),
    import(`../../messages/${locale}/exports.json`),
    import(`../../messages/${locale}/lifecycle.json`),
  ]);
  return {
    ...shell.default,
    ...catalog.default,
    ...adminCatalog.default,
    ...adminAudit.default,
    ...notifications.default,
    ...exports.default,
    ...lifecycle.default,
  };
}

export default getRequestConfig(async () => {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const locale = negotiateLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get("accept-language"));
  return { locale, messages: await loadMessages(locale), timeZone: TIME_ZONE };
});
