import { z } from "zod";
import { multilineText, text } from "@/lib/forms/text";
import { readInboxKind } from "./filters";
import type { FormState } from "@/lib/forms/form-state";

// Messages are i18n keys (namespace "Inbox.errors"); the forms and the actions share these schemas.

/** "Saya tangani" and "Lepaskan": which item. */
export const inboxItemSchema = z.strictObject({
  kind: text().transform((slug, context) => {
    const kind = readInboxKind(slug);
    if (!kind) context.addIssue({ code: "custom", message: "unknownItem" });
    return kind ?? "NEW_LISTING";
  }),
  itemId: text().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "unknownItem" }),
});

export const ENQUIRY_ANSWER_MIN_LENGTH = 5;
export const ENQUIRY_ANSWER_MAX_LENGTH = 4000;

export const enquiryAnswerSchema = z.strictObject({
  enquiryId: text().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "unknownItem" }),
  answer: multilineText()
    .trim()
    .min(ENQUIRY_ANSWER_MIN_LENGTH, { error: "answerRequired" })
    .max(ENQUIRY_ANSWER_MAX_LENGTH, { error: "answerTooLong" }),
});

export type EnquiryAnswerState = FormState<"answer", "notWaiting" | "takenByOther", { answer: string }> & {
  /** The official who holds the message (formError "takenByOther"). */
  takenBy?: string;
};
