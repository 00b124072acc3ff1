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
import { readInboxReturnField, returnToInbox } from "@/lib/inbox/return-to-inbox";
import type { InboxItemKind } from "@/lib/generated/prisma/enums";
import { routes } from "@/lib/site/routes";

export type DecisionState = { noteError?: string; error?: "alreadyHandled" | "conflict" | "notFound" };

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
  redirect(`${getPathname({ href: routes.admin.moderation, locale })}?hasil=${hasil}`);
}

// Every action here: staff or admin only (requireStaff), checked before anything is read or written.
export async function decideNewListingAction(_previous: DecisionState, formData: FormData): Promise<DecisionState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const listingId = readText(formData, "id");
  if (formData.get("decision") === "approve") {
    const result = await approveNewListing(staff, listingId);
    if (!result.ok) return { error: result.error };
    revalidateListing(result);
    return backToQueue(formData, locale, { kind: "NEW_LISTING", id: listingId }, "disetujui");
  }
  const note = decisionNoteSchema.safeParse(readText(formData, "note"));
  if (!note.success) return { noteError: note.error.issues[0]?.message ?? "noteRequired" };
  const result = await rejectNewListing(staff, listingId, note.data);
  if (!result.ok) return { error: result.error };
  return backToQueue(formData, locale, { kind: "NEW_LISTING", id: listingId }, "ditolak");
}

export async function decideRevisionAction(_previous: DecisionState, formData: FormData): Promise<DecisionState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const revisionId = readText(formData, "id");
  if (formData.get("decision") === "approve") {
    const result = await approveRevision(staff, revisionId, Number(readText(formData, "listingVersion")));
    if (!result.ok) return { error: result.error };
    revalidateListing(result);
    return backToQueue(formData, locale, { kind: "REVISION", id: revisionId }, "disetujui");
  }
  const note = decisionNoteSchema.safeParse(readText(formData, "note"));
  if (!note.success) return { noteError: note.error.issues[0]?.message ?? "noteRequired" };
  const result = await rejectRevision(staff, revisionId, note.data);
  if (!result.ok) return { error: result.error };
  return backToQueue(formData, locale, { kind: "REVISION", id: revisionId }, "ditolak");
}

export async function decideClaimAction(_previous: DecisionState, formData: FormData): Promise<DecisionState> {
  const locale = readFormLocale(formData);
  const staff = await requireStaff(locale);
  const claimId = readText(formData, "id");
  if (formData.get("decision") === "approve") {
    const result = await approveClaim(staff, claimId);
    if (!result.ok) return { error: result.error };
    return backToQueue(formData, locale, { kind: "CLAIM", id: claimId }, "disetujui");
  }
  const note = decisionNoteSchema.safeParse(readText(formData, "note"));
  if (!note.success) return { noteError: note.error.issues[0]?.message ?? "noteRequired" };
  const result = await rejectClaim(staff, claimId, note.data);
  if (!result.ok) return { error: result.error };
  return backToQueue(formData, locale, { kind: "CLAIM", id: claimId }, "ditolak");
}
