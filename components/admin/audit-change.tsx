import { getTranslations } from "next-intl/server";
import type { Prisma } from "@/lib/generated/prisma/client";

type JsonValue = Prisma.JsonValue;
type Json = JsonValue | null;

const MAX_VALUE_LENGTH = 300;
// Defence in depth: audit entries should never carry secrets, but if one did it is not shown.
const secretKey = /password|token|secret|hash/i;

const isRecord = (value: Json): value is Record<string, JsonValue> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function truncate(text: string) {
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
}

/** Before → after of one audit entry as a compact list of the fields that appear in either. */
export async function AuditChange({ before, after }: { before: Json; after: Json }) {
  const t = await getTranslations("AdminAudit");
  const show = (value: Json | undefined): string => {
    if (value === null || value === undefined || value === "") return "—";
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    if (typeof value === "string" || typeof value === "number") return truncate(String(value));
    if (Array.isArray(value) && value.every((item) => typeof item !== "object" || item === null)) {
      return value.length ? truncate(value.map((item) => String(item)).join(", ")) : "—";
    }
    return truncate(JSON.stringify(value));
  };

  if (before === null && after === null) return null;
  if (!isRecord(before ?? {}) || !isRecord(after ?? {})) {
    return (
      <p className="text-sm">
        {before !== null ? <span className="text-slate-600">{show(before)}</span> : null}
        {before !== null && after !== null ? <span aria-hidden="true"> → </span> : null}
        {after !== null ? <span>{show(after)}</span> : null}
      </p>
    );
  }
  const beforeFields = (before ?? {}) as Record<string, JsonValue>;
  const afterFields = (after ?? {}) as Record<string, JsonValue>;
  const keys = [...new Set([...Object.keys(beforeFields), ...Object.keys(afterFields)])];
  return (
    <dl className="grid grid-cols-[minmax(0,auto)_1fr] gap-x-3 gap-y-1 text-sm">
      {keys.map((key) => {
        const isSecret = secretKey.test(key);
        const hasBefore = before !== null && key in beforeFields;
        const hasAfter = after !== null && key in afterFields;
        return (
          <div key={key} className="contents">
            <dt className="font-mono text-slate-700">{key}</dt>
            <dd className="break-words">
              {isSecret ? (
                t("hidden")
              ) : (
                <>
                  {hasBefore ? (
                    <span className="text-slate-600">
                      <span className="sr-only">{t("before")}: </span>
                      {show(beforeFields[key])}
                    </span>
                  ) : null}
                  {hasBefore && hasAfter ? <span aria-hidden="true"> → </span> : null}
                  {hasAfter ? (
                    <span>
                      {hasBefore ? <span className="sr-only">, {t("after")}: </span> : null}
                      {show(afterFields[key])}
                    </span>
                  ) : null}
                  {hasBefore && !hasAfter && after !== null ? ` (${t("removed")})` : null}
                </>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
