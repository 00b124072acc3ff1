import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { formatCalendarDate } from "@/lib/dates";
import type { ListingFacts as Facts } from "@/lib/listings/queries";

type ListingFactsProps = {
  facts: Facts;
  foundedYear: number | null;
  tags: string[];
  kbliCodes?: { version: number; code: string; title: string }[];
};

function TextList({ items }: { items: string[] }) {
  return (
    <ul className="list-inside list-disc">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** The kind-specific facts a listing has, with their labels; unknown or missing ones are left out. */
export async function ListingFacts({ facts, foundedYear, tags, kbliCodes = [] }: ListingFactsProps) {
  const locale = await getLocale();
  const t = await getTranslations("Profile");

  const rows: { key: string; label: string; value: ReactNode }[] = [];
  const add = (key: string, label: string, value: ReactNode) => rows.push({ key, label, value });

  if (foundedYear) add("foundedYear", t("foundedYear"), foundedYear);
  if (facts.operator) add("operator", t("operator"), facts.operator);
  if (facts.openedOn) {
    const openedOn = new Date(`${facts.openedOn}T00:00:00Z`);
    add("openedOn", t("openedOn"), <time dateTime={facts.openedOn}>{formatCalendarDate(openedOn, locale)}</time>);
  }
  if (facts.capacity !== undefined) add("capacity", t("capacity"), t("capacityValue", { count: facts.capacity }));
  if (facts.floors !== undefined) add("floors", t("floors"), facts.floors);
  if (facts.openingHours) add("openingHours", t("openingHours"), facts.openingHours);
  if (facts.facilities?.length) add("facilities", t("facilities"), <TextList items={facts.facilities} />);
  if (facts.studyPrograms?.length) add("studyPrograms", t("studyPrograms"), <TextList items={facts.studyPrograms} />);
  if (facts.memberCount !== undefined) {
    add("memberCount", t("memberCount"), t("memberCountValue", { count: facts.memberCount }));
  }
  if (facts.meetingSchedule) add("meetingSchedule", t("meetingSchedule"), facts.meetingSchedule);
  if (facts.teamSize !== undefined) add("teamSize", t("teamSize"), t("teamSizeValue", { count: facts.teamSize }));
  if (facts.products?.length) add("products", t("products"), <TextList items={facts.products} />);
  if (tags.length > 0) add("tags", t("tags"), tags.join(", "));
  if (kbliCodes.length > 0)
    add(
      "kbli",
      t("kbli"),
      <TextList
        items={kbliCodes.map((entry) =>
          t("kbliEntry", { code: entry.code, version: String(entry.version), title: entry.title }),
        )}
      />,
    );

  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="informasi" className="space-y-3">
      <h2 id="informasi" className="text-xl font-semibold">
        {t("factsTitle")}
      </h2>
      <dl className="fact-list grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr] sm:gap-y-2">
        {rows.map((row) => (
          <div key={row.key} className="contents">
            <dt className="font-medium text-slate-700">{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
