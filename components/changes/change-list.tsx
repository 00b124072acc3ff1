import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { prisma } from "@/lib/db/client";
import { formatCalendarDate, formatJakartaDateTime } from "@/lib/dates";
import { describeChanges, type FieldChange, type FieldValue, type WordPart } from "@/lib/changes/describe-change";
import { apiRoutes } from "@/lib/site/routes";

/** Fields whose values are enum codes, named through Changes.values. */
const enumFields = new Set([
  "status",
  "archivedFromStatus",
  "kind",
  "kecamatan",
  "businessScale",
  "workforceBand",
  "turnoverBand",
  "role",
  "invitedRole",
  "qualifier",
  "reason",
  "type",
  "outcome",
]);
const subsectorFields = new Set(["primarySubsectorId", "otherSubsectorIds", "subsectorIds"]);

// One query per request, however many entries a page shows: 17 small rows.
const loadSubsectorNames = cache(async () =>
  prisma.subsector.findMany({ select: { id: true, nameIndonesian: true, nameEn: true } }),
);

type Props = {
  before: unknown;
  after: unknown;
  /** Accessible name of the list of changed fields. */
  label?: string;
};

/**
 * What changed between two snapshots of a record, for staff: only the changed fields, labelled in the reader's
 * language, text as a word-level difference, images as thumbnails side by side, the unchanged fields behind
 * "show all". Used by revision review, record histories and the audit log.
 */
export async function ChangeList({ before, after, label }: Props) {
  const locale = await getLocale();
  const t = await getTranslations("Changes");
  const subsectors = await loadSubsectorNames();
  const subsectorName = new Map(
    subsectors.map((subsector) => [subsector.id, locale === "en" ? subsector.nameEn : subsector.nameIndonesian]),
  );

  const humanise = (key: string) => {
    const last = key.split(".").at(-1) ?? key;
    const words = last.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
    return words.charAt(0).toUpperCase() + words.slice(1);
  };
  const changes = describeChanges(before, after, {
    label: (key) => (t.has(`fields.${key}`) ? t(`fields.${key}`) : humanise(key)),
    valueName: (key, value) => {
      if (typeof value === "boolean") return value ? t("yes") : t("no");
      const text = String(value);
      if (subsectorFields.has(key)) return subsectorName.get(text) ?? text;
      if (enumFields.has(key) && t.has(`values.${text}`)) return t(`values.${text}`);
      if (key === "socialLinks.network" && t.has(`socialNetwork.${text}`)) return t(`socialNetwork.${text}`);
      if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatCalendarDate(new Date(`${text}T00:00:00Z`), locale);
      if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) {
        const instant = new Date(text);
        return Number.isNaN(instant.getTime()) ? text : formatJakartaDateTime(instant, locale);
      }
      return null;
    },
  });

  const changed = changes.filter((change) => change.isChanged);
  const unchanged = changes.filter((change) => !change.isChanged && !isBlank(change));
  const isNewRecord = before === null || before === undefined;

  return (
    <div className="min-w-0 space-y-2">
      {changed.length === 0 ? (
        <p className="text-sm text-slate-700">{t("noChanges")}</p>
      ) : (
        <div role="group" aria-label={label}>
          <dl className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
            {changed.map((change) => (
              <div
                key={change.key}
                className="grid gap-1 px-3 py-2 sm:grid-cols-[minmax(8rem,14rem)_minmax(0,1fr)] sm:gap-4"
              >
                <dt className="font-medium text-slate-800">{change.label}</dt>
                <dd className="min-w-0 break-words">
                  <ChangedValue change={change} isNewRecord={isNewRecord} t={t} />
                </dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      {unchanged.length > 0 ? (
        <details className="text-sm">
          <summary className="cursor-pointer text-brand-800 underline">
            {t("showAll", { count: unchanged.length })}
          </summary>
          <dl className="mt-2 divide-y divide-slate-100 rounded border border-slate-200">
            {unchanged.map((change) => (
              <div
                key={change.key}
                className="grid gap-1 px-3 py-1.5 sm:grid-cols-[minmax(8rem,14rem)_minmax(0,1fr)] sm:gap-4"
              >
                <dt className="text-slate-700">{change.label}</dt>
                <dd className="min-w-0 break-words">
                  <PlainValue
                    value={change.after.kind === "absent" ? change.before : change.after}
                    field={change.label}
                    t={t}
                  />
                </dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
    </div>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"Changes">>>;

const isBlank = (change: FieldChange) =>
  ["absent", "empty"].includes(change.before.kind) && ["absent", "empty"].includes(change.after.kind);

function ChangedValue({ change, isNewRecord, t }: { change: FieldChange; isNewRecord: boolean; t: Translate }) {
  if (change.words) return <WordDifference parts={change.words} t={t} />;
  if (isNewRecord) return <PlainValue value={change.after} field={change.label} t={t} />;
  if (change.before.kind === "images" || change.after.kind === "images") {
    return (
      <div className="flex flex-wrap gap-4">
        <figure className="min-w-0">
          <figcaption className="text-xs font-medium text-slate-600 uppercase">{t("before")}</figcaption>
          <PlainValue value={change.before} field={`${change.label} (${t("before")})`} t={t} />
        </figure>
        <figure className="min-w-0">
          <figcaption className="text-xs font-medium text-slate-600 uppercase">{t("after")}</figcaption>
          <PlainValue value={change.after} field={`${change.label} (${t("after")})`} t={t} />
        </figure>
      </div>
    );
  }
  if (change.before.kind === "list" || change.after.kind === "list") {
    const was = itemsOf(change.before);
    const is = itemsOf(change.after);
    const all = [...was.filter((item) => !is.includes(item)), ...is];
    return (
      <ul className="flex flex-wrap gap-1.5">
        {all.map((item, index) => (
          <li key={`${item}-${index}`} className="max-w-full">
            {!is.includes(item) ? (
              <Removed text={item} t={t} />
            ) : !was.includes(item) ? (
              <Added text={item} t={t} />
            ) : (
              <span className="inline-block rounded bg-slate-100 px-1.5">{item}</span>
            )}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
      {change.before.kind === "empty" || change.before.kind === "absent" ? (
        <span className="text-slate-600">{t("empty")}</span>
      ) : (
        <Removed text={textOf(change.before)} t={t} />
      )}
      <span aria-hidden="true">→</span>
      {change.after.kind === "empty" || change.after.kind === "absent" ? (
        <span className="text-slate-600">{t("empty")}</span>
      ) : (
        <Added text={textOf(change.after)} t={t} />
      )}
    </p>
  );
}

const itemsOf = (value: FieldValue) =>
  value.kind === "list" ? value.items : value.kind === "text" ? [value.text] : [];
const textOf = (value: FieldValue) =>
  value.kind === "text" ? value.text : value.kind === "list" ? value.items.join(", ") : "";

function Removed({ text, t }: { text: string; t: Translate }) {
  return (
    <del className="rounded bg-red-50 px-1 text-red-900 decoration-red-700">
      <span className="sr-only">{t("removedWords")}</span>
      {text}
    </del>
  );
}

function Added({ text, t }: { text: string; t: Translate }) {
  return (
    <ins className="rounded bg-green-100 px-1 text-green-950 decoration-green-800">
      <span className="sr-only">{t("addedWords")}</span>
      {text}
    </ins>
  );
}

function WordDifference({ parts, t }: { parts: WordPart[]; t: Translate }) {
  return (
    <p className="whitespace-pre-wrap">
      {parts.map((part, index) =>
        part.type === "same" ? (
          <span key={index}>{part.text}</span>
        ) : part.type === "removed" ? (
          <Removed key={index} text={part.text} t={t} />
        ) : (
          <Added key={index} text={part.text} t={t} />
        ),
      )}
    </p>
  );
}

function PlainValue({ value, field, t }: { value: FieldValue; field: string; t: Translate }) {
  switch (value.kind) {
    case "absent":
    case "empty":
      return <span className="text-slate-600">{t("empty")}</span>;
    case "text":
      return <span className="whitespace-pre-wrap">{value.text}</span>;
    case "list":
      return <span>{value.items.join(", ")}</span>;
    case "images":
      return (
        <ul className="flex flex-wrap gap-2">
          {value.fileIds.map((fileId, index) => (
            <li key={fileId}>
              <a href={apiRoutes.file(fileId)} className="block rounded border border-slate-300 hover:border-brand-700">
                {/* Staff-only, possibly private files: the file route checks access; no image optimiser. */}
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img
                  src={apiRoutes.file(fileId)}
                  alt={t("imageOf", { field, number: index + 1 })}
                  width={96}
                  height={96}
                  loading="lazy"
                  className="h-24 w-24 bg-slate-100 object-cover"
                />
              </a>
            </li>
          ))}
        </ul>
      );
  }
}
