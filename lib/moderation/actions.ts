"use server";

import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/session";
import { getPathname } from "@/lib/i18n/navigation";
import { readFormLocale } from "@/lib/i18n/routing";
import { revalidateListingPages } from "@/lib/listings/revalidate-listing";
import type { ListingKind } from "@/lib/generated/prisma/enums";
import { decisionNoteSchema } from "@/lib/claims/schemas";
import { approveNewListing, rejectNewListing } from "@/lib/listings/new-listings";
import { approveRevision, rejectRevision } from "@/lib/listings/revisions";
import { approveClaim, rejectClaim } from "./decide-claim";
import { readText } from "@/lib/forms/text";
import type { FormState } from "@/lib/forms/form-state";
import { withNotice } from "@/lib/forms/notices";
import { readInboxReturnField, returnToInbox } from "@/lib/inbox/return-to-inbox";
import type { InboxItemKind } from "@/lib/generated/prisma/enums";
import { routes } from "@/lib/site/routes";

/** Message keys of "Moderation.errors"; formError keys of "Moderation.result". */
export type DecisionState = FormState<"note", "alreadyHandled" | "conflict" | "notFound", { note: string }>;

/** A rejection's note, checked; the answer to give when it does not pass. */
function readDecisionNote(formData: FormData): { note: string } | { refusal: DecisionState } {
  const values = { note: readText(formData, "note") };
  const note = decisionNoteSchema.safeParse(values.note);
  if (note.success) return { note: note.data };
  return { refusal: { fieldErrors: { note: [note.error.issues[0]?.message ?? "noteRequired"] }, values } };
}

function revalidateListing(listing: { kind: string; slug: string }) {
  revalidateListingPages({ kind: listing.kind as ListingKind, slug: listing.slug });
}

/** Back to the inbox when the item was opened from it (notice and "next item"), else to the moderation queue. */
async function backToQueue(
  formData: FormData,
  locale: string,
  item: { kind: InboxItemKind; id: string },
  hasil: "disetujui" | "ditolak",
): Promise<never> {
  const inboxReturn = readInboxReturnField(formData);
  if (inboxReturn) await returnToInbox(locale, inboxReturn, item, hasil === "disetujui" ? "approved" : "rejected");
  redirect(withNotice(getPathname({ href: routes.admin.moderation, locale }), "moderation", hasil));
}

// Every action here: staff or admin only (requireStaff), checked before anything is read or written.
export async function decideNewListingAction(_previous: DecisionState, formData: FormData): Promise<DecisionState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const listingId = readText(formData, "id");
  if (formData.get("decision") === "approve") {
    const result = await approveNewListing(staff, listingId);
    if (!result.ok) return { formError: result.error };
    revalidateListing(result);
    return backToQueue(formData, locale, { kind: "NEW_LISTING", id: listingId }, "disetujui");
  }
  const note = readDecisionNote(formData);
  if ("refusal" in note) return note.refusal;
  const result = await rejectNewListing(staff, listingId, note.note);
  if (!result.ok) return { formError: result.error };
  return backToQueue(formData, locale, { kind: "NEW_LISTING", id: listingId }, "ditolak");
}

export async function decideRevisionAction(_previous: DecisionState, formData: FormData): Promise<DecisionState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const revisionId = readText(formData, "id");
  if (formData.get("decision") === "approve") {
    const result = await approveRevision(staff, revisionId, Number(readText(formData, "listingVersion")));
    if (!result.ok) return { formError: result.error };
    revalidateListing(result);
    return backToQueue(formData, locale, { kind: "REVISION", id: revisionId }, "disetujui");
  }
  const note = readDecisionNote(formData);
  if ("refusal" in note) return note.refusal;
  const result = await rejectRevision(staff, revisionId, note.note);
  if (!result.ok) return { formError: result.error };
  return backToQueue(formData, locale, { kind: "REVISION", id: revisionId }, "ditolak");
}

export async function decideClaimAction(_previous: DecisionState, formData: FormData): Promise<DecisionState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const claimId = readText(formData, "id");
  if (formData.get("decision") === "approve") {
    const result = await approveClaim(staff, claimId);
    if (!result.ok) return { formError: result.error };
    return backToQueue(formData, locale, { kind: "CLAIM", id: claimId }, "disetujui");
  }
  const note = readDecisionNote(formData);
  if ("refusal" in note) return note.refusal;
  const result = await rejectClaim(staff, claimId, note.note);
  if (!result.ok) return { formError: result.error };
  return backToQueue(formData, locale, { kind: "CLAIM", id: claimId }, "ditolak");
}
