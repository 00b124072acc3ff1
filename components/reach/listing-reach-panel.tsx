import { getTranslations } from "next-intl/server";
import type { AuditActor } from "@/lib/audit/record-audit";
import { formatJakartaDate } from "@/lib/dates";
import { confirmFieldGroupsAction, setActorTypeAction } from "@/lib/reach/actions";
import { getListingReachPanel } from "@/lib/reach/queries";
import type { Notice } from "@/lib/forms/notices";
import { actorTypeValues, fieldGroupValues } from "@/lib/reach/schemas";

type Props = { staff: AuditActor; listingId: string; locale: string; notice: Notice<"adminListingReach"> | null };

const buttonClass = "rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50";

/** On a listing's admin page: its penta-helix role, and staff confirming groups of its fields one by one. */
export async function ListingReachPanel({ staff, listingId, locale, notice }: Props) {
  const [panel, tActor, tChecks] = await Promise.all([
    getListingReachPanel(staff, listingId),
    getTranslations("ActorType"),
    getTranslations("FieldChecks"),
  ]);
  const tReach = await getTranslations("Reach");
  if (!panel) return null;
  const checkOf = (group: (typeof fieldGroupValues)[number]) => panel.fieldChecks.find((row) => row.group === group);
  return (
    <>
      {notice ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {notice.code === "diperiksa" ? tChecks(notice.key) : tActor(notice.key)}
        </p>
      ) : null}
      <section aria-labelledby="peran-penta-helix" className="space-y-3">
        <h2 id="peran-penta-helix" className="text-xl font-semibold">
          {tActor("staffHeading")}
        </h2>
        <form action={setActorTypeAction} className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="listingId" value={listingId} />
          <div>
            <label htmlFor="listing-actor-type" className="font-medium">
              {tActor("label")}
            </label>
            <select
              id="listing-actor-type"
              name="actorType"
              defaultValue={panel.actorType}
              aria-describedby="listing-actor-type-hint"
              className="mt-1 block rounded border border-slate-400 bg-white px-3 py-2"
            >
              {actorTypeValues.map((value) => (
                <option key={value} value={value}>
                  {tReach(`actorTypes.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass}>
            {tActor("submit")}
          </button>
          <p id="listing-actor-type-hint" className="w-full text-sm text-slate-700">
            {tActor("staffHint")}
          </p>
        </form>
      </section>
      <section aria-labelledby="periksa-bagian" className="space-y-3">
        <h2 id="periksa-bagian" className="text-xl font-semibold">
          {tChecks("staffHeading")}
        </h2>
        <form action={confirmFieldGroupsAction} className="space-y-3">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="listingId" value={listingId} />
          <fieldset className="space-y-2">
            <legend className="mb-1">{tChecks("staffIntro")}</legend>
            {fieldGroupValues.map((group) => {
              const check = checkOf(group);
              return (
                <label key={group} className="flex flex-wrap items-baseline gap-x-2">
                  <input type="checkbox" name="group" value={group} className="size-4 self-center" />
                  <span className="font-medium">{tChecks(`groups.${group}`)}</span>
                  <span className="text-sm text-slate-700">
                    {check
                      ? tChecks("lastChecked", {
                          date: formatJakartaDate(check.checkedAt, locale),
                          who:
                            check.checkedBy?.name ?? (check.isStaffCheck ? tChecks("byStaff") : tChecks("byManager")),
                        })
                      : tChecks("never")}
                  </span>
                </label>
              );
            })}
          </fieldset>
          <button type="submit" className={buttonClass}>
            {tChecks("submit")}
          </button>
        </form>
      </section>
    </>
  );
}
