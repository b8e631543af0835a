"use client";

import "@fontsource-variable/inter";
import "./globals.css";
import { useSyncExternalStore } from "react";
import en from "../../messages/en.json";
import ko from "../../messages/ko.json";
import { LOCALE_COOKIE } from "@/i18n/config";
import { negotiateLocale } from "@/i18n/negotiate";
import { hangul } from "./fonts";

const MESSAGES = { en: en.error, ko: ko.error } as const;

const noSubscription = () => () => {};

function browserLocale() {
  const cookie = document.cookie.split("; ").find((c) => c.startsWith(`${LOCALE_COOKIE}=`));
  return negotiateLocale(cookie?.split("=")[1], navigator.languages.join(","));
}

/**
 * Replaces the root layout when it fails, so the translation provider is gone:
 * pick the language from the cookie or the browser directly.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useSyncExternalStore(noSubscription, browserLocale, () => "en" as const);
  const t = MESSAGES[locale];
  return (
    <html lang={locale}>
      <body
        className={`${hangul.variable} flex min-h-dvh items-center justify-center bg-background p-6 font-sans text-foreground antialiased`}
      >
        <main className="max-w-md space-y-4 text-center">
          <h1 className="text-2xl font-semibold tracking-tight">{t.title}</h1>
          <p className="text-muted-foreground">{t.description}</p>
          <div className="flex justify-center gap-2">
            <button
              type="button"
              onClick={reset}
              className="rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-foreground outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2"
            >
              {t.retry}
            </button>
            {/* A full page load: the app's router may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a
              href="/"
              className="rounded-md border px-4 py-2 text-sm font-medium outline-none focus-visible:ring-2 focus-visible:ring-ring"
            >
              {t.home}
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
