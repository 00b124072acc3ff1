import { getLocale, getTranslations } from "next-intl/server";
import { isStaffRole } from "@/lib/auth/permissions";
import type { CertificationStatus, UserRole } from "@/lib/generated/prisma/enums";

type HistoryEntry = {
  id: string;
  fromStatus: CertificationStatus | null;
  toStatus: CertificationStatus;
  note: string | null;
  createdAt: Date;
  actor: { name: string; role: UserRole } | null;
};

const whenFormat = (locale: string) =>
  new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", {
    timeZone: "Asia/Jakarta",
    dateStyle: "long",
    timeStyle: "short",
  });

/** Staff see every step with who made it. */
export async function StaffCertificationHistory({ entries }: { entries: HistoryEntry[] }) {
  const locale = await getLocale();
  const t = await getTranslations("CertificationAdmin");
  const tStatus = await getTranslations("CertificationStatus");
  const format = whenFormat(locale);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("historyCaption")}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-4">
              {t("historyWhen")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("historyWho")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("historyChange")}
            </th>
            <th scope="col" className="py-2">
              {t("historyNote")}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-4">
                <time dateTime={entry.createdAt.toISOString()}>{format.format(entry.createdAt)}</time>
              </td>
              <td className="py-2 pr-4">{entry.actor?.name ?? t("unknownActor")}</td>
              <td className="py-2 pr-4">
                {entry.fromStatus
                  ? t("historyFromTo", { from: tStatus(entry.fromStatus), to: tStatus(entry.toStatus) })
                  : t("historyNew", { to: tStatus(entry.toStatus) })}
              </td>
              <td className="whitespace-pre-line py-2">{entry.note ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Managers see every step and its note; staff appear as "Disporapar staff", not by name. */
export async function OwnerCertificationHistory({ entries }: { entries: HistoryEntry[] }) {
  const locale = await getLocale();
  const t = await getTranslations("CertificationAccount");
  const tStatus = await getTranslations("CertificationStatus");
  const format = whenFormat(locale);
  return (
    <ol className="space-y-2 border-l-2 border-slate-200 pl-4 text-sm">
      {entries.map((entry) => (
        <li key={entry.id}>
          <p>
            <time dateTime={entry.createdAt.toISOString()} className="text-slate-600">
              {format.format(entry.createdAt)}
            </time>{" "}
            ·{" "}
            <span className="font-medium">
              {entry.fromStatus
                ? t("historyFromTo", { from: tStatus(entry.fromStatus), to: tStatus(entry.toStatus) })
                : t("historyNew", { to: tStatus(entry.toStatus) })}
            </span>
            {entry.actor ? ` · ${isStaffRole(entry.actor.role) ? t("byStaff") : entry.actor.name}` : null}
          </p>
          {entry.note ? <p className="whitespace-pre-line">{t("noteLabel", { note: entry.note })}</p> : null}
        </li>
      ))}
    </ol>
  );
}
