import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

const adminSections = [
  { href: "/admin", key: "dashboard" },
  { href: "/admin/moderasi", key: "moderation" },
  { href: "/admin/listing", key: "listings" },
  { href: "/admin/sertifikasi", key: "certifications" },
  { href: "/admin/angka", key: "figures" },
  { href: "/admin/laporan", key: "reports" },
  { href: "/admin/acara", key: "events" },
  { href: "/admin/program", key: "programmes" },
  { href: "/admin/kolaborasi", key: "collaboration" },
  { href: "/admin/pengguna", key: "users" },
  { href: "/admin/referensi-data", key: "dataReference" },
  { href: "/admin/audit", key: "audit" },
] as const;

/** The admin area's section links. Access is checked by every admin page and action, not here. */
export async function AdminNav() {
  const t = await getTranslations("AdminNav");
  return (
    <nav aria-label={t("label")} className="mb-6 flex flex-wrap gap-x-4 gap-y-2 border-b border-slate-200 pb-3">
      {adminSections.map((section) => (
        <Link key={section.href} href={section.href} className="text-brand-800 underline hover:text-brand-900">
          {t(section.key)}
        </Link>
      ))}
    </nav>
  );
}
