import "@fontsource-variable/inter";
import "./globals.css";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { CLIENT_NAMESPACES, pickMessages } from "@/i18n/client-messages";
import { TRPCReactProvider } from "@/trpc/react";
import { hangul } from "./fonts";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t, messages] = await Promise.all([getLocale(), getTranslations("app"), getMessages()]);
  return (
    <html lang={locale}>
      <body className={`${hangul.variable} flex min-h-dvh flex-col font-sans`}>
        {/* Only what browser components read: the page's own strings are rendered on the server. */}
        <NextIntlClientProvider messages={pickMessages(messages, CLIENT_NAMESPACES)}>
          <TRPCReactProvider>
            <a
              href="#main"
              className="sr-only z-50 rounded-md bg-primary px-3 py-2 text-primary-foreground focus:not-sr-only focus:fixed focus:left-4 focus:top-3"
            >
              {t("skipToContent")}
            </a>
            <SiteHeader />
            <main
              id="main"
              tabIndex={-1}
              className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 outline-none sm:px-6"
            >
              {children}
            </main>
            <footer className="border-t px-4 py-6 text-center text-xs text-muted-foreground">
              {t("footer")}
            </footer>
          </TRPCReactProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
