import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { ADMIN_CLIENT_NAMESPACES, CLIENT_NAMESPACES, pickMessages } from "@/i18n/client-messages";

/** The admin pages' browser components also read the admin strings, which no other page carries. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider
      messages={pickMessages(messages, [...CLIENT_NAMESPACES, ...ADMIN_CLIENT_NAMESPACES])}
    >
      {children}
    </NextIntlClientProvider>
  );
}
