import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/auth/session";
import { formatJakartaDate } from "@/lib/dates";
import { readQueryText } from "@/lib/forms/text";
import { kecamatanValues } from "@/lib/geo/kecamatan";
import { listSubsectors } from "@/lib/subsectors/queries";
import {
  ageInDays,
  inboxItemHref,
  inboxItemKinds,
  inboxKindSlugs,
  inboxQuery,
  parseInboxFilters,
  readInboxItemRef,
  readInboxOutcome,
  type InboxFilters,
} from "@/lib/inbox/filters";
import { getInboxAssignee, getInboxItemName, getNextInboxItem, listInboxItems } from "@/lib/inbox/queries";
import { releaseInboxItemAction, takeInboxItemAction } from "@/lib/inbox/actions";
import { FilterSelect } from "@/components/forms/filter-select";
import { primaryButtonClass } from "@/components/forms/form-field";
import { InboxShortcuts } from "@/components/inbox/inbox-shortcuts";
import { privatePageMetadata } from "@/lib/seo/page-metadata";
import type { LocalePageProps } from "@/lib/i18n/page-props";
import { SubsectorFilter } from "@/components/page-parts/subsector-filter";
import { FilterForm } from "@/components/page-parts/filter-form";
import { routes } from "@/lib/site/routes";

export const generateMetadata = privatePageMetadata("Inbox");

const smallButtonClass = "min-h-11 rounded border border-slate-500 bg-white px-3 py-1 font-medium hover:bg-slate-50";

/** Hidden fields that keep the inbox's filters across taking and releasing an item. */
function FilterFields({ filters }: { filters: InboxFilters }) {
  return (
    <>
      {filters.kind ? <input type="hidden" name="jenis" value={inboxKindSlugs[filters.kind]} /> : null}
      {filters.subsectorSlug ? <input type="hidden" name="subsektor" value={filters.subsectorSlug} /> : null}
      {filters.kecamatan ? <input type="hidden" name="kecamatan" value={filters.kecamatan.toLowerCase()} /> : null}
    </>
  );
}

/** Staff: everything waiting for an official in one list, oldest first, with who handles what. */
export default async function InboxPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const query = await searchParams;
  const subsectors = await listSubsectors();
  const filters = parseInboxFilters(query, { subsectorSlugs: subsectors.map((subsector) => subsector.slug) });
  const { items, counts, total } = await listInboxItems(staff, filters);
  const t = await getTranslations("Inbox");
  const tKecamatan = await getTranslations("Kecamatan");
  const kindLabel = (kind: (typeof inboxItemKinds)[number]) => t(`kinds.${kind}`);
  const path = getPathname({ href: routes.admin.inbox, locale });
  const now = new Date();

  // The notice after a decision or after taking/releasing an item, naming the item; and the next one.
  const outcome = readInboxOutcome(readQueryText(query.hasil));
  const ref = readInboxItemRef(readQueryText(query.selesai));
  const noticeName = outcome && ref ? await getInboxItemName(staff, ref.kind, ref.id) : null;
  const holder =
    outcome === "takenByOther" && ref ? ((await getInboxAssignee(staff, ref.kind, ref.id))?.name ?? "—") : "";
  const isDecision = outcome !== null && !["taken", "released", "takenByOther", "notYours"].includes(outcome);
  const next = isDecision ? await getNextInboxItem(staff, filters.kind) : null;

  const kindLink = (kind: (typeof inboxItemKinds)[number] | null) => `${path}${inboxQuery({ ...filters, kind })}`;
  const hasFilters = Boolean(filters.kind || filters.subsectorSlug || filters.kecamatan);

  return (
    <section className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl">{t("intro")}</p>
      </header>

      {outcome && ref && noticeName !== null ? (
        <div role="status" className="max-w-3xl space-y-3 rounded border border-brand-700 bg-brand-50 p-3">
          <p>{t(`outcomes.${outcome}`, { kind: kindLabel(ref.kind), name: noticeName, holder })}</p>
          {isDecision ? (
            next ? (
              <Link href={inboxItemHref(next, filters.kind)} className={`inline-block ${primaryButtonClass}`}>
                {t("nextItem", { kind: kindLabel(next.kind), name: next.name })}
              </Link>
            ) : (
              <p>{t("noneLeft")}</p>
            )
          ) : null}
        </div>
      ) : null}

      <nav aria-label={t("countsLabel")}>
        <ul className="flex flex-wrap gap-2">
          {[null, ...inboxItemKinds].map((kind) => {
            const isCurrent = filters.kind === kind;
            const count = kind ? counts[kind] : inboxItemKinds.reduce((sum, each) => sum + counts[each], 0);
            return (
              <li key={kind ?? "all"}>
                <a
                  href={kindLink(kind)}
                  aria-current={isCurrent ? "page" : undefined}
                  className={
                    isCurrent
                      ? "inline-flex min-h-11 items-center rounded-full bg-brand-800 px-3 font-semibold text-white"
                      : "inline-flex min-h-11 items-center rounded-full border border-slate-400 px-3 text-brand-900 hover:bg-slate-50"
                  }
                >
                  {t("kindCount", { kind: kind ? kindLabel(kind) : t("allKinds"), count })}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>

      <FilterForm
        action={path}
        label={t("filtersLabel")}
        applyLabel={t("apply")}
        resetLabel={hasFilters ? t("reset") : undefined}
        className="grid gap-4 rounded border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-end"
        footerClassName="flex flex-wrap items-center gap-3"
      >
        <FilterSelect
          id="inbox-kind"
          name="jenis"
          label={t("kind")}
          anyLabel={t("allKinds")}
          defaultValue={filters.kind ? inboxKindSlugs[filters.kind] : ""}
          options={inboxItemKinds.map((kind) => ({ value: inboxKindSlugs[kind], label: kindLabel(kind) }))}
        />
        <SubsectorFilter id="inbox-subsector" subsectors={subsectors} defaultValue={filters.subsectorSlug} />
        <FilterSelect
          id="inbox-kecamatan"
          name="kecamatan"
          label={t("kecamatan")}
          anyLabel={t("anyKecamatan")}
          defaultValue={filters.kecamatan?.toLowerCase()}
          options={kecamatanValues.map((kecamatan) => ({
            value: kecamatan.toLowerCase(),
            label: tKecamatan(kecamatan),
          }))}
        />
      </FilterForm>

      <p>
        {items.length < total ? t("shownOfTotal", { shown: items.length, total }) : t("shown", { shown: items.length })}
      </p>

      {items.length === 0 ? (
        <p>{hasFilters ? t("emptyFiltered") : t("empty")}</p>
      ) : (
        <ol aria-label={t("listLabel")} data-inbox-list className="space-y-3">
          {items.map((item) => {
            const isMine = item.assignee?.id === staff.id;
            const canRelease = item.assignee && (isMine || staff.role === "ADMIN");
            const anchor = `butir-${inboxKindSlugs[item.kind]}-${item.id}`;
            return (
              <li
                key={`${item.kind}:${item.id}`}
                id={anchor}
                data-inbox-item
                className={`grid gap-3 rounded border p-3 sm:grid-cols-[1fr_auto] sm:items-center ${
                  isMine ? "border-brand-700 bg-brand-50" : "border-slate-300"
                }`}
              >
                <div className="min-w-0 space-y-1">
                  <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <span className="rounded bg-slate-200 px-2 py-0.5 text-sm font-medium text-slate-900">
                      {kindLabel(item.kind)}
                    </span>
                    <Link
                      href={inboxItemHref(item, filters.kind)}
                      aria-label={t("openItem", { kind: kindLabel(item.kind), name: item.name })}
                      data-inbox-open
                      className="break-words font-semibold text-brand-800 underline"
                    >
                      {item.name}
                    </Link>
                  </p>
                  <p className="text-sm text-slate-700">
                    <span>{t("age", { days: ageInDays(item.waitingSince, now) })}</span>
                    {" · "}
                    <span>{t("waitingSince", { date: formatJakartaDate(item.waitingSince, locale) })}</span>
                    {item.from ? (
                      <>
                        {" · "}
                        <span className="break-words">{t("from", { name: item.from })}</span>
                      </>
                    ) : null}
                  </p>
                  <p className="text-sm font-medium">
                    {item.assignee
                      ? isMine
                        ? t("handledByYou")
                        : t("handledBy", { name: item.assignee.name })
                      : t("unassigned")}
                  </p>
                </div>
                <div className="flex flex-wrap gap-2">
                  {!item.assignee ? (
                    <form action={takeInboxItemAction}>
                      <input type="hidden" name="locale" value={locale} />
                      <input type="hidden" name="kind" value={inboxKindSlugs[item.kind]} />
                      <input type="hidden" name="itemId" value={item.id} />
                      <FilterFields filters={filters} />
                      <button
                        type="submit"
                        data-inbox-take
                        aria-label={t("takeItem", { name: item.name })}
                        className={smallButtonClass}
                      >
                        {t("take")}
                      </button>
                    </form>
                  ) : null}
                  {canRelease ? (
                    <form action={releaseInboxItemAction}>
                      <input type="hidden" name="locale" value={locale} />
                      <input type="hidden" name="kind" value={inboxKindSlugs[item.kind]} />
                      <input type="hidden" name="itemId" value={item.id} />
                      <FilterFields filters={filters} />
                      <button
                        type="submit"
                        aria-label={t("releaseItem", { name: item.name })}
                        className={smallButtonClass}
                      >
                        {t("release")}
                      </button>
                    </form>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ol>
      )}

      <section aria-labelledby="inbox-shortcuts" className="max-w-3xl rounded border border-slate-200 p-3 text-sm">
        <h2 id="inbox-shortcuts" className="font-semibold">
          {t("shortcutsTitle")}
        </h2>
        <p>{t("shortcuts")}</p>
      </section>
      <InboxShortcuts />
    </section>
  );
}
