import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { isStaffRole } from "@/lib/auth/permissions";
import { listEntityHistory } from "@/lib/audit/queries";
import { AuditEntries } from "./audit-entries";
import { routes } from "@/lib/site/routes";

type Props = { entityType: string; entityId: string; headingLevel?: 2 | 3 };

/**
 * The audit history of one entity ("Listing", "Certification", …) for staff pages. Renders nothing for anyone
 * who is not staff, so mounting it on a page never leaks history even if the page's own check were missing.
 */
export async function EntityHistory({ entityType, entityId, headingLevel = 2 }: Props) {
  const viewer = await getCurrentUser();
  if (!viewer || !isStaffRole(viewer.role)) return null;
  const entries = await listEntityHistory(viewer, entityType, entityId);
  const t = await getTranslations("AdminAudit");
  const headingId = `riwayat-${entityType}-${entityId}`.replace(/[^\w-]/g, "-");
  const Heading = headingLevel === 3 ? "h3" : "h2";
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <Heading id={headingId} className="text-xl font-semibold">
        {t("historyTitle")}
      </Heading>
      {entries.length === 0 ? <p>{t("historyEmpty")}</p> : <AuditEntries entries={entries} showEntity={false} />}
      <p>
        <Link
          href={`${routes.admin.audit}?${new URLSearchParams({ tipe: entityType, entitas: entityId })}`}
          className="text-brand-800 underline"
        >
          {t("historyFullLog")}
        </Link>
      </p>
    </section>
  );
}
