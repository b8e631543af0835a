import type { AbstractIntlMessages } from "next-intl";

/**
 * The message namespaces browser components read, sent with every page.
 * Server components translate on the server and send none of their strings;
 * `client-messages.test.ts` checks these lists against the components.
 */
export const CLIENT_NAMESPACES = [
  "approvalDetail",
  "approvalProgress",
  "approvalSummary",
  "changePreview",
  "error",
  "language",
  "markDeployed",
  "myProducts",
  "notificationPrefs",
  "notifications",
  "orderForm",
  "provisionedDetail",
  "requestDetail",
  "requestExport",
  "roles",
  "serverErrors",
  "signIn",
  "templateView",
  "tokens",
  "userMenu",
] as const;

/** Read only by browser components of the /admin pages, and sent only there. */
export const ADMIN_CLIENT_NAMESPACES = [
  "adminCatalog",
  "adminConstraints",
  "adminNotifications",
  "adminPortfolios",
  "adminProducts",
  "adminProvisioned",
  "adminSso",
  "adminTagOptions",
  "approvalPolicy",
  "audit",
  "requestKind",
] as const;

export function pickMessages(
  messages: AbstractIntlMessages,
  namespaces: readonly string[],
): AbstractIntlMessages {
  return Object.fromEntries(namespaces.flatMap((ns) => (ns in messages ? [[ns, messages[ns]!]] : [])));
}
