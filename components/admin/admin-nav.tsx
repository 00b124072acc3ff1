import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { isAdminRole } from "@/lib/auth/permissions";
import { routes } from "@/lib/site/routes";

const adminSections = [
  { href: routes.admin.inbox, key: "inbox", isAdminOnly: false },
  { href: routes.admin.home, key: "dashboard", isAdminOnly: false },
  { href: routes.admin.listings, isAdminOnly: false, key: "listings" },
  { href: routes.admin.certifications, isAdminOnly: false, key: "certifications" },
  { href: routes.admin.figures, isAdminOnly: false, key: "figures" },
  { href: routes.admin.problemReports, isAdminOnly: false, key: "reports" },
  { href: routes.admin.events, isAdminOnly: false, key: "events" },
  { href: routes.admin.programmes, isAdminOnly: false, key: "programmes" },
  { href: routes.admin.reach, isAdminOnly: false, key: "reach" },
  { href: routes.admin.collaboration, isAdminOnly: false, key: "collaboration" },
  { href: routes.admin.users, key: "users", isAdminOnly: true },
  { href: routes.admin.dataReference, isAdminOnly: false, key: "dataReference" },
  { href: routes.admin.audit, isAdminOnly: false, key: "audit" },
] as const;

/**
 * The admin area's section links, the task list first. Admin-only sections are left out for staff (they would
 * 404); access itself is checked by every admin page and action, not here.
 */
export async function AdminNav() {
  const t = await getTranslations("AdminNav");
  const viewer = await getCurrentUser();
  const isAdmin = viewer ? isAdminRole(viewer.role) : false;
  return (
    <nav aria-label={t("label")} className="mb-6 flex flex-wrap gap-x-4 gap-y-2 border-b border-slate-200 pb-3">
      {adminSections
        .filter((section) => isAdmin || !section.isAdminOnly)
        .map((section) => (
          <Link key={section.href} href={section.href} className="text-brand-800 underline hover:text-brand-900">
            {t(section.key)}
          </Link>
        ))}
    </nav>
  );
}
