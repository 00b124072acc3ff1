import { z } from "zod";
import { text } from "@/lib/forms/text";

// Messages are i18n keys (namespace "Claim.errors"); the form and the action share this schema.
export const claimSchema = z.strictObject({
  listingId: text().trim().min(1).max(40),
  relation: text().trim().min(20, { error: "relationTooShort" }).max(1000, { error: "relationTooLong" }),
  proofUrl: text()
    .trim()
    .max(500, { error: "proofUrlInvalid" })
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(z.url({ protocol: /^https?$/, error: "proofUrlInvalid" }).optional()),
});

export type ClaimInput = z.infer<typeof claimSchema>;

export const decisionNoteSchema = text().trim().min(5, { error: "noteRequired" }).max(2000, { error: "noteTooLong" });
