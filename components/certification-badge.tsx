import { getTranslations } from "next-intl/server";
import type { CertificationValidity } from "@/lib/certifications/validity";

const badgeStyles: Record<CertificationValidity, string> = {
  valid: "border-brand-700 bg-brand-100 text-brand-900",
  expired: "border-red-700 bg-red-50 text-red-800",
  applied: "border-slate-400 bg-slate-100 text-slate-800",
  in_review: "border-slate-400 bg-slate-100 text-slate-800",
  rejected: "border-slate-400 bg-slate-100 text-slate-800",
  revoked: "border-red-700 bg-red-50 text-red-800",
};

/** The status of one certificate; only "valid" ever reads as certified. */
export async function CertificationBadge({ validity }: { validity: CertificationValidity }) {
  const t = await getTranslations("Certification");
  return (
    <span
      className={`inline-flex items-center gap-1 rounded border px-2 py-0.5 text-xs font-semibold ${badgeStyles[validity]}`}
    >
      <span aria-hidden="true">{validity === "valid" ? "✓" : validity === "expired" ? "✕" : "•"}</span>
      {t(validity)}
    </span>
  );
}
