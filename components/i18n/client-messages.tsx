import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

/**
 * Hands the client components below it the message namespaces they use, and no others: every namespace given to
 * the browser is serialised into each page's HTML (all of them came to about 100 kB per page). Without
 * `namespaces`, all messages (for the signed-in areas, where forms of every kind live and pages are not cached).
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces?: readonly string[];
  children: ReactNode;
}) {
  if (!namespaces) return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
  const messages = await getMessages();
  const picked = Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
