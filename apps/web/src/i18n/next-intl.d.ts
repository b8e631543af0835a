import type en from "../../messages/en.json";
import type enAdminAudit from "../../messages/en/admin-audit.json";
import type enAdminCatalog from "../../messages/en/admin-catalog.json";
import type enCatalog from "../../messages/en/catalog.json";
import type enExports from "../../messages/en/exports.json";
import type enLifecycle from "../../messages/en/lifecycle.json";
import type enNotifications from "../../messages/en/notifications.json";
import type { TLocale } from "./config";

// Typed keys: a t("…") call with a key missing from en.json fails typecheck.
declare module "next-intl" {
  interface AppConfig {
    Locale: TLocale;
    Messages: typeof en &
      typeof enCatalog &
      typeof enAdminCatalog &
      typeof enAdminAudit &
      typeof enNotifications &
      typeof enExports &
      typeof enLifecycle;
  }
}
