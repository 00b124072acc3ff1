"use server";

import { requireStaff } from "@/lib/auth/session";
import { readFormLocale } from "@/lib/i18n/routing";
import { readText } from "@/lib/forms/text";
import { approveClaim, rejectClaim } from "./decide-claim";
import { backToQueue, readDecisionNote, type DecisionState } from "./decision-flow";

// Every action here: staff or admin only (requireStaff), checked before anything is read or written. The listing
// decisions are in lib/listings/decision-actions.ts, beside the revisions they apply.
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
