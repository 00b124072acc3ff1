import { z } from "zod";
import { multilineText, text } from "@/lib/forms/text";
import type { FormState } from "@/lib/forms/form-state";

// Messages are i18n keys (namespace "ContactForm.errors"); the form and the action share this schema.
export const ENQUIRY_MESSAGE_MIN_LENGTH = 10;
export const ENQUIRY_MESSAGE_MAX_LENGTH = 2000;

export { HONEYPOT_FIELD } from "./honeypot";

export const enquirySchema = z.strictObject({
  listingId: text().min(1, { error: "unavailable" }).max(100, { error: "unavailable" }),
  name: text().trim().min(2, { error: "nameRequired" }).max(100, { error: "nameTooLong" }),
  email: text().trim().toLowerCase().email({ error: "emailInvalid" }).max(254, { error: "emailInvalid" }),
  message: multilineText()
    .trim()
    .min(ENQUIRY_MESSAGE_MIN_LENGTH, { error: "messageTooShort" })
    .max(ENQUIRY_MESSAGE_MAX_LENGTH, { error: "messageTooLong" }),
});

export type EnquiryInput = z.infer<typeof enquirySchema>;

/** What the contact form shows after a submission. Keys are i18n keys under "ContactForm.errors". */
export type EnquiryFormState = FormState<
  "name" | "email" | "message",
  "unavailable" | "rateLimited",
  { name: string; email: string; message: string }
> & {
  retryAfterMinutes?: number;
  isSent?: boolean;
  /** The listing has no manager: Disporapar reads the message. */
  isReadByStaff?: boolean;
};

/** The buttons "Tandai sudah dibaca" / "Tandai belum dibaca" on a managed listing's inbox. */
export const markEnquiryReadSchema = z.strictObject({
  listingId: text().min(1).max(100),
  enquiryId: text().min(1).max(100),
  isRead: z.enum(["1", "0"]).transform((value) => value === "1"),
});
