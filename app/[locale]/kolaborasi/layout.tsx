import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// The board's forms (post, respond, close) and the kecamatan names they offer.
export default function CollaborationLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["CollaborationForm", "Kecamatan"]}>{children}</ClientMessages>;
}
