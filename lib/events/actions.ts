"use server";

import { revalidatePath } from "@/lib/cache/revalidate-pages";
import { redirect } from "next/navigation";
import { requireStaff, requireUser } from "@/lib/auth/session";
import { getPathname } from "@/lib/i18n/navigation";
import { readFormLocale, routing } from "@/lib/i18n/routing";
import { getListingPath } from "@/lib/listings/kinds";
import type { DecisionState } from "@/lib/moderation/decision-flow";
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
  type EventField,
  type EventFormValues,
  type ProgrammeInput,
} from "./schemas";
import { readFields, readText } from "@/lib/forms/text";
import type { FormState } from "@/lib/forms/form-state";
import { withNotice, type NoticeCode } from "@/lib/forms/notices";
import { recordPath } from "@/lib/forms/redirect-target";
import { readInboxReturnField, returnToInbox } from "@/lib/inbox/return-to-inbox";
import { localeRoutePath, routes } from "@/lib/site/routes";

/**
 * formError "conflict": someone saved the event after this form was opened (reload and edit again); "refused":
 * not allowed (any more): not a manager of the listing, or no such event.
 */
export type EventFormState = FormState<EventField, "conflict" | "refused", EventFormValues>;

/** The shared staff decision form's state (components/admin/decision-form.tsx). */
export type EventDecisionState = DecisionState;

export type ProgrammeFormState = FormState<keyof ProgrammeInput & string, "conflict", Record<string, string>>;

const eventPath = (eventId: string, locale: string) =>
  getPathname({ href: recordPath(routes.admin.events, eventId), locale });

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
  if (result.reason === "conflict") return { formError: "conflict", values };
  if (result.reason === "invalid") return { fieldErrors: result.fieldErrors, values };
  return { formError: "refused", values };
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
  redirect(withNotice(eventPath(result.eventId, locale), "event", eventId ? "disimpan" : "dibuat"));
}

const statusChangeResults: Record<StaffStatusChange, NoticeCode<"event">> = {
  publish: "diterbitkan",
  cancel: "dibatalkan",
};

export async function changeEventStatusAction(formData: FormData) {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const eventId = readText(formData, "eventId");
  const change = readText(formData, "change");
  const adminPath = eventPath(eventId, locale);
  if (change !== "publish" && change !== "cancel") redirect(withNotice(adminPath, "event", "gagal"));
  const result = await changeEventStatus(
    staff,
    eventId,
    change,
    Number.parseInt(readText(formData, "expectedVersion"), 10),
  );
  if (result.ok) revalidateEventPages(result.slug, result.affectedListings);
  const code = result.ok ? statusChangeResults[change] : result.reason === "conflict" ? "konflik" : "gagal";
  redirect(withNotice(adminPath, "event", code));
}

/** Staff approve a proposed event (note optional) or reject it (note required); the proposer is emailed. */
export async function decideEventAction(
  _previous: EventDecisionState,
  formData: FormData,
): Promise<EventDecisionState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const { eventId, note, decision } = readFields(formData, ["eventId", "note", "decision"]);
  const isApproval = decision === "approve";
  const result = isApproval ? await approveEvent(staff, eventId, note) : await rejectEvent(staff, eventId, note);
  if (!result.ok) {
    if (result.reason === "invalid")
      return { fieldErrors: { note: result.fieldErrors?.note ?? ["noteRequired"] }, values: { note } };
    return { formError: result.reason === "notFound" ? "notFound" : "alreadyHandled", values: { note } };
  }
  revalidateEventPages(result.slug, result.affectedListings);
  const inboxReturn = readInboxReturnField(formData);
  if (inboxReturn) {
    await returnToInbox(locale, inboxReturn, { kind: "EVENT", id: eventId }, isApproval ? "approved" : "rejected");
  }
  redirect(withNotice(eventPath(eventId, locale), "event", isApproval ? "disetujui" : "ditolak"));
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
  const outcome: NoticeCode<"event"> = result.ok
    ? change === "add"
      ? "peserta-ditambahkan"
      : "peserta-dihapus"
    : `peserta-${result.reason}`;
  const q = readText(formData, "q").trim().slice(0, 100);
  redirect(`${withNotice(eventPath(eventId, locale), "event", outcome, new URLSearchParams(q ? { q } : {}))}#peserta`);
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
  redirect(withNotice(getPathname({ href: routes.account.proposeEvent, locale }), "eventProposal", "diusulkan"));
}

/** Staff create a programme (no programmeId) or save changes to one. */
export async function saveProgrammeAction(
  _previous: ProgrammeFormState,
  formData: FormData,
): Promise<ProgrammeFormState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const values = readFields(formData, programmeFormKeys);
  const programmeId = readText(formData, "programmeId");
  const result = programmeId
    ? await updateProgramme(staff, programmeId, values, new Date(readText(formData, "expectedUpdatedAt")))
    : await createProgramme(staff, values);
  if (!result.ok) {
    if (result.reason === "invalid") return { fieldErrors: result.fieldErrors, values };
    return { formError: "conflict", values };
  }
  // Programme names show on the events list and pages; the list is rendered per request, the pages are cached.
  revalidatePath("/[locale]/acara/[slug]", "page");
  redirect(
    withNotice(
      getPathname({ href: routes.admin.programmes, locale }),
      "programmes",
      programmeId ? "disimpan" : "dibuat",
    ),
  );
}

export async function setProgrammeActiveAction(formData: FormData) {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const isActive = readText(formData, "isActive") === "1";
  const result = await setProgrammeActive(staff, readText(formData, "programmeId"), isActive);
  const outcome = result.ok ? (isActive ? "diaktifkan" : "dinonaktifkan") : "gagal";
  redirect(withNotice(getPathname({ href: routes.admin.programmes, locale }), "programmes", outcome));
}
