import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { isAdminRole } from "@/lib/auth/permissions";

const adminSections = [
  { href: "/admin/tugas", key: "inbox", isAdminOnly: false },
  { href: "/admin", key: "dashboard", isAdminOnly: false },
  { href: "/admin/listing", isAdminOnly: false, key: "listings" },
  { href: "/admin/sertifikasi", isAdminOnly: false, key: "certifications" },
  { href: "/admin/angka", isAdminOnly: false, key: "figures" },
  { href: "/admin/laporan", isAdminOnly: false, key: "reports" },
  { href: "/admin/acara", isAdminOnly: false, key: "events" },
  { href: "/admin/program", isAdminOnly: false, key: "programmes" },
  { href: "/admin/jangkauan", isAdminOnly: false, key: "reach" },
  { href: "/admin/kolaborasi", isAdminOnly: false, key: "collaboration" },
  { href: "/admin/pengguna", key: "users", isAdminOnly: true },
  { href: "/admin/referensi-data", isAdminOnly: false, key: "dataReference" },
  { href: "/admin/audit", isAdminOnly: false, key: "audit" },
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
