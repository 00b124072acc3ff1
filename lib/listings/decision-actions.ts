"use server";

import { requireStaff } from "@/lib/auth/session";
import type { ListingKind } from "@/lib/generated/prisma/enums";
import { readFormLocale } from "@/lib/i18n/routing";
import { readText } from "@/lib/forms/text";
import { backToQueue, readDecisionNote, type DecisionState } from "@/lib/moderation/decision-flow";
import { approveNewListing, rejectNewListing } from "./new-listings";
import { revalidateListingPages } from "./revalidate-listing";
import { approveRevision, rejectRevision } from "./revisions";

// Staff decide a proposed listing or a manager's revision (the forms on /admin/moderasi/listing/[id] and
// /admin/moderasi/revisi/[id]). Every action here: staff or admin only (requireStaff), checked before anything is
// read or written; the decisions check the role again.

function revalidateListing(listing: { kind: string; slug: string }) {
  revalidateListingPages({ kind: listing.kind as ListingKind, slug: listing.slug });
}

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
