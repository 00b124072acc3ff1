import { getTranslations } from "next-intl/server";
import type { ContentChange } from "@/lib/listings/listing-content";

/** A field-by-field table of a listing's content: before and after, or just the values of a new listing. */
export async function ContentDiffTable({
  changes,
  caption,
  hasBefore,
}: {
  changes: ContentChange[];
  caption: string;
  hasBefore: boolean;
}) {
  const t = await getTranslations("Moderation");
  const tForm = await getTranslations("ListingForm");
  const tProfile = await getTranslations("Profile");
  const labelOf = (field: string) => {
    if (field.startsWith("facts.")) {
      const key = field.slice("facts.".length);
      return tProfile.has(key) ? tProfile(key) : key;
    }
    if (field === "socialLinks") return tForm("social");
    return tForm.has(field) ? tForm(field) : field;
  };
  if (changes.length === 0) return <p>{t("noChanges")}</p>;
  return (
    <table className="w-full max-w-4xl border-collapse text-left">
      <caption className="mb-2 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="py-2 pr-4">
            {t("field")}
          </th>
          {hasBefore ? (
            <th scope="col" className="py-2 pr-4">
              {t("before")}
            </th>
          ) : null}
          <th scope="col" className="py-2">
            {hasBefore ? t("after") : ""}
          </th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field} className="border-b border-slate-200 align-top">
            <th scope="row" className="py-2 pr-4 font-medium">
              {labelOf(change.field)}
            </th>
            {hasBefore ? (
              <td className="py-2 pr-4 whitespace-pre-wrap text-red-900">
                {change.before ? <del>{change.before}</del> : <span className="text-slate-500">{t("empty")}</span>}
              </td>
            ) : null}
            <td className="py-2 whitespace-pre-wrap text-green-900">
              {change.after ? (
                hasBefore ? (
                  <ins className="no-underline">{change.after}</ins>
                ) : (
                  change.after
                )
              ) : (
                <span className="text-slate-500">{t("empty")}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
