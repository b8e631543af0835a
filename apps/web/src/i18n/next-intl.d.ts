import type en from "../../messages/en.json";
import type { TLocale } from "./config";

// Typed keys: a t("…") call with a key missing from en.json fails typecheck.
declare module "next-intl" {
  interface AppConfig {
    Locale: TLocale;
    Messages: typeof en;
  }
}
