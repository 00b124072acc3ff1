import { z } from "zod";

// Messages are i18n keys (namespace "Claim.errors"); the form and the action share this schema.
export const claimSchema = z.strictObject({
  listingId: z.string().trim().min(1).max(40),
  relation: z.string().trim().min(20, { error: "relationTooShort" }).max(1000, { error: "relationTooLong" }),
  proofUrl: z
    .string()
    .trim()
    .max(500, { error: "proofUrlInvalid" })
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(z.url({ protocol: /^https?$/, error: "proofUrlInvalid" }).optional()),
});

export type ClaimInput = z.infer<typeof claimSchema>;

export const decisionNoteSchema = z
  .string()
  .trim()
  .min(5, { error: "noteRequired" })
  .max(2000, { error: "noteTooLong" });
