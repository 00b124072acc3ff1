import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { ClientMessages } from "@/components/i18n/client-messages";

// Only presentation: every admin page, server action and route handler checks the viewer's role itself.
export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <div>
      <AdminNav />
      <ClientMessages>{children}</ClientMessages>
    </div>
  );
}
