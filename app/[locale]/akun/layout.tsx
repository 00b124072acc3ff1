import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// The account area's forms use many message namespaces, and its pages are never cached: it gets all of them.
export default function AccountLayout({ children }: { children: ReactNode }) {
  return <ClientMessages>{children}</ClientMessages>;
}
