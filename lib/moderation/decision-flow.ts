import "server-only";
import { redirect } from "next/navigation";
import { getPathname } from "@/lib/i18n/navigation";
import { decisionNoteSchema } from "@/lib/claims/schemas";
import { readText } from "@/lib/forms/text";
import type { FormState } from "@/lib/forms/form-state";
import { withNotice } from "@/lib/forms/notices";
import { readInboxReturnField, returnToInbox } from "@/lib/inbox/return-to-inbox";
import type { InboxItemKind } from "@/lib/generated/prisma/enums";
import { routes } from "@/lib/site/routes";

// What every staff decision form shares: its state, the rejection note's check, and the way back (to the inbox
// when the item was opened from it, else to the moderation queue).

/** Message keys of "Moderation.errors"; formError keys of "Moderation.result". */
export type DecisionState = FormState<"note", "alreadyHandled" | "conflict" | "notFound", { note: string }>;

/** A rejection's note, checked; the answer to give when it does not pass. */
export function readDecisionNote(formData: FormData): { note: string } | { refusal: DecisionState } {
  const values = { note: readText(formData, "note") };
  const note = decisionNoteSchema.safeParse(values.note);
  if (note.success) return { note: note.data };
  return { refusal: { fieldErrors: { note: [note.error.issues[0]?.message ?? "noteRequired"] }, values } };
}

/** Back to the inbox when the item was opened from it (notice and "next item"), else to the moderation queue. */
export async function backToQueue(
  formData: FormData,
  locale: string,
  item: { kind: InboxItemKind; id: string },
  hasil: "disetujui" | "ditolak",
): Promise<never> {
  const inboxReturn = readInboxReturnField(formData);
  if (inboxReturn) await returnToInbox(locale, inboxReturn, item, hasil === "disetujui" ? "approved" : "rejected");
  redirect(withNotice(getPathname({ href: routes.admin.moderation, locale }), "moderation", hasil));
}
