"use server";

import { revalidatePath } from "@/lib/cache/revalidate-pages";
import { redirect } from "next/navigation";
import { requireStaff, requireUser } from "@/lib/auth/session";
import { getPathname } from "@/lib/i18n/navigation";
import { readFormLocale, routing } from "@/lib/i18n/routing";
import { getListingPath } from "@/lib/listings/kinds";
import type { DecisionState } from "@/lib/moderation/actions";
import { approveEvent, rejectEvent } from "./decide-event";
import { getEventPath } from "./paths";
import { proposeEvent } from "./propose-event";
import { addEventParticipant, removeEventParticipant } from "./record-participation";
import {
  changeEventStatus,
  createEvent,
  updateEvent,
  type AffectedListing,
  type EventChangeResult,
  type StaffStatusChange,
} from "./save-event";
import { createProgramme, setProgrammeActive, updateProgramme } from "./save-programme";
import {
  programmeFormKeys,
  readEventFormValues,
  toProposedEventInput,
  toStaffEventInput,
  type EventFieldErrors,
  type EventFormValues,
  type ProgrammeFieldErrors,
} from "./schemas";
import { readText } from "@/lib/forms/text";
import { recordPath } from "@/lib/forms/redirect-target";
import { readInboxReturnField, returnToInbox } from "@/lib/inbox/return-to-inbox";
import { localeRoutePath, routes } from "@/lib/site/routes";

export type EventFormState = {
  fieldErrors?: EventFieldErrors;
  values?: EventFormValues;
  /** Someone saved the event after this form was opened: reload and edit again. */
  isConflict?: boolean;
  /** Not allowed (any more): not a manager of the listing, or no such event. */
  isRefused?: boolean;
};

/** The shared staff decision form's state (components/admin/decision-form.tsx). */
export type EventDecisionState = DecisionState;

export type ProgrammeFormState = {
  fieldErrors?: ProgrammeFieldErrors;
  values?: Record<string, string>;
  isConflict?: boolean;
};

/** The events list and page (both cached per locale), the profiles and subsector pages that show the event. */
function revalidateEventPages(slug: string, listings: AffectedListing[]) {
  revalidatePath("/[locale]/saring/subsektor/[slug]/[query]", "page");
  for (const locale of routing.locales) {
    revalidatePath(localeRoutePath(locale, routes.events));
    revalidatePath(localeRoutePath(locale, getEventPath({ slug })));
    for (const listing of listings) revalidatePath(localeRoutePath(locale, getListingPath(listing)));
  }
}

function toFormState(result: Extract<EventChangeResult, { ok: false }>, values: EventFormValues): EventFormState {
  if (result.reason === "conflict") return { isConflict: true, values };
  if (result.reason === "invalid") return { fieldErrors: result.fieldErrors, values };
  return { isRefused: true, values };
}

/** Staff create an event (no eventId) or save changes to one (with the version the form was opened on). */
export async function saveEventAction(_previous: EventFormState, formData: FormData): Promise<EventFormState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const values = readEventFormValues(formData);
  const eventId = readText(formData, "eventId");
  const input = toStaffEventInput(values);
  const result = eventId
    ? await updateEvent(staff, eventId, input, Number.parseInt(readText(formData, "expectedVersion"), 10))
    : await createEvent(staff, input);
  if (!result.ok) return toFormState(result, values);
  revalidateEventPages(result.slug, result.affectedListings);
  redirect(
    `${getPathname({ href: recordPath(routes.admin.events, result.eventId), locale })}?hasil=${eventId ? "disimpan" : "dibuat"}`,
  );
}

const statusChangeResults: Record<StaffStatusChange, string> = { publish: "diterbitkan", cancel: "dibatalkan" };

export async function changeEventStatusAction(formData: FormData) {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const eventId = readText(formData, "eventId");
  const change = readText(formData, "change");
  const adminPath = getPathname({ href: recordPath(routes.admin.events, eventId), locale });
  if (change !== "publish" && change !== "cancel") redirect(`${adminPath}?hasil=gagal`);
  const result = await changeEventStatus(
    staff,
    eventId,
    change,
    Number.parseInt(readText(formData, "expectedVersion"), 10),
  );
  if (result.ok) revalidateEventPages(result.slug, result.affectedListings);
  redirect(
    `${adminPath}?hasil=${result.ok ? statusChangeResults[change] : result.reason === "conflict" ? "konflik" : "gagal"}`,
  );
}

/** Staff approve a proposed event (note optional) or reject it (note required); the proposer is emailed. */
export async function decideEventAction(
  _previous: EventDecisionState,
  formData: FormData,
): Promise<EventDecisionState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const eventId = readText(formData, "eventId");
  const note = readText(formData, "note");
  const isApproval = readText(formData, "decision") === "approve";
  const result = isApproval ? await approveEvent(staff, eventId, note) : await rejectEvent(staff, eventId, note);
  if (!result.ok) {
    if (result.reason === "invalid") return { noteError: result.fieldErrors?.note?.[0] ?? "noteRequired" };
    return { error: result.reason === "notFound" ? "notFound" : "alreadyHandled" };
  }
  revalidateEventPages(result.slug, result.affectedListings);
  const inboxReturn = readInboxReturnField(formData);
  if (inboxReturn) {
    await returnToInbox(locale, inboxReturn, { kind: "EVENT", id: eventId }, isApproval ? "approved" : "rejected");
  }
  redirect(
    `${getPathname({ href: recordPath(routes.admin.events, eventId), locale })}?hasil=${isApproval ? "disetujui" : "ditolak"}`,
  );
}

async function changeParticipation(formData: FormData, change: "add" | "remove") {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const eventId = readText(formData, "eventId");
  const listingId = readText(formData, "listingId");
  const result =
    change === "add"
      ? await addEventParticipant(staff, eventId, listingId)
      : await removeEventParticipant(staff, eventId, listingId);
  if (result.ok) revalidateEventPages(result.eventSlug, [result.listing]);
  const outcome = result.ok
    ? change === "add"
      ? "peserta-ditambahkan"
      : "peserta-dihapus"
    : `peserta-${result.reason}`;
  const q = readText(formData, "q").trim().slice(0, 100);
  const query = new URLSearchParams({ ...(q ? { q } : {}), hasil: outcome });
  redirect(`${getPathname({ href: recordPath(routes.admin.events, eventId), locale })}?${query.toString()}#peserta`);
}

export async function addEventParticipantAction(formData: FormData) {
  await changeParticipation(formData, "add");
}

export async function removeEventParticipantAction(formData: FormData) {
  await changeParticipation(formData, "remove");
}

/** A manager proposes an event for one of their published listings; it waits for staff review. */
export async function proposeEventAction(_previous: EventFormState, formData: FormData): Promise<EventFormState> {
  const locale = readFormLocale(formData);
  const user = await requireUser(locale);
  const values = readEventFormValues(formData);
  const result = await proposeEvent(user, toProposedEventInput(values));
  if (!result.ok) return toFormState(result, values);
  redirect(`${getPathname({ href: routes.account.proposeEvent, locale })}?hasil=diusulkan`);
}

/** Staff create a programme (no programmeId) or save changes to one. */
export async function saveProgrammeAction(
  _previous: ProgrammeFormState,
  formData: FormData,
): Promise<ProgrammeFormState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const values = Object.fromEntries(programmeFormKeys.map((key) => [key, readText(formData, key)])) as Record<
    (typeof programmeFormKeys)[number],
    string
  >;
  const programmeId = readText(formData, "programmeId");
  const result = programmeId
    ? await updateProgramme(staff, programmeId, values, new Date(readText(formData, "expectedUpdatedAt")))
    : await createProgramme(staff, values);
  if (!result.ok) {
    if (result.reason === "invalid") return { fieldErrors: result.fieldErrors, values };
    return { isConflict: true, values };
  }
  // Programme names show on the events list and pages; the list is rendered per request, the pages are cached.
  revalidatePath("/[locale]/acara/[slug]", "page");
  redirect(`${getPathname({ href: routes.admin.programmes, locale })}?hasil=${programmeId ? "disimpan" : "dibuat"}`);
}

export async function setProgrammeActiveAction(formData: FormData) {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const isActive = readText(formData, "isActive") === "1";
  const result = await setProgrammeActive(staff, readText(formData, "programmeId"), isActive);
  const outcome = result.ok ? (isActive ? "diaktifkan" : "dinonaktifkan") : "gagal";
  redirect(`${getPathname({ href: routes.admin.programmes, locale })}?hasil=${outcome}`);
}
