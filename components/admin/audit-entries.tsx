import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { JAKARTA_TIME_ZONE } from "@/lib/dates";
import type { AuditEntryView } from "@/lib/audit/queries";
import { ChangeList } from "@/components/changes/change-list";
import { routes } from "@/lib/site/routes";

function formatJakartaDateTime(instant: Date, locale: string) {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", {
    timeZone: JAKARTA_TIME_ZONE,
    dateStyle: "medium",
    timeStyle: "short",
  }).format(instant);
}

/** Audit entries, newest first: when, what, on which entity, by whom, and the fields that changed. */
export async function AuditEntries({
  entries,
  showEntity = true,
}: {
  entries: AuditEntryView[];
  showEntity?: boolean;
}) {
  const locale = await getLocale();
  const t = await getTranslations("AdminAudit");
  const actionLabel = (action: string) => {
    const key = `actions.${action.replace(/\./g, "_")}`;
    return t.has(key) ? t(key) : action;
  };
  return (
    <ol className="divide-y divide-slate-200 rounded border border-slate-200">
      {entries.map((entry) => (
        <li key={entry.id} className="min-w-0 space-y-2 px-3 py-3 sm:px-4">
          <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <time dateTime={entry.createdAt.toISOString()} className="text-sm text-slate-600">
              {formatJakartaDateTime(entry.createdAt, locale)}
            </time>
            <span className="font-semibold">{actionLabel(entry.action)}</span>
            <code className="text-xs break-all text-slate-600">{entry.action}</code>
          </p>
          {showEntity ? (
            <p className="text-sm">
              {t("entity")}:{" "}
              <Link
                href={`${routes.admin.audit}?${new URLSearchParams({ tipe: entry.entityType, entitas: entry.entityId })}`}
                className="text-brand-800 underline"
              >
                {entry.entityType} <span className="font-mono break-all">{entry.entityId}</span>
              </Link>
            </p>
          ) : null}
          <p className="text-sm">
            {t("by")}:{" "}
            {entry.actor
              ? t("actorLabel", { name: entry.actor.name, email: entry.actor.email })
              : entry.actorId
                ? t("deletedActor", { id: entry.actorId })
                : t("publicActor")}
            {entry.actorRole ? ` · ${t(`roles.${entry.actorRole}`)}` : null}
          </p>
          {entry.before === null && entry.after === null ? null : (
            <ChangeList before={entry.before} after={entry.after} label={actionLabel(entry.action)} />
          )}
        </li>
      ))}
    </ol>
  );
}
