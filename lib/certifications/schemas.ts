import { z } from "zod";
import { isNoteRequired } from "./transitions";
import { multilineText, text } from "@/lib/forms/text";
import type { FieldErrors } from "@/lib/forms/form-state";

// Messages are i18n keys (namespace "CertificationForm.errors"); the forms, the actions and the lifecycle
// functions share these schemas. Dates are calendar days (YYYY-MM-DD, as <input type="date"> sends them).
export const NUMBER_MAX_LENGTH = 100;
export const ISSUER_MAX_LENGTH = 200;
export const NOTE_MAX_LENGTH = 2000;

/** A real calendar day written YYYY-MM-DD (no 2025-02-30). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return false;
  const year = date.getUTCFullYear();
  return date.toISOString().slice(0, 10) === value && year >= 1900 && year <= 2200;
}

const idSchema = (error: string) => text({ error }).trim().min(1, { error }).max(64, { error });

const optionalText = (max: number, options: { multiline?: boolean } = {}) =>
  (options.multiline ? multilineText() : text())
    .trim()
    .max(max, { error: "tooLong" })
    .optional()
    .transform((value) => (value ? value : undefined));

const optionalDate = text()
  .trim()
  .optional()
  .refine((value) => !value || isIsoDate(value), { error: "dateInvalid" })
  .transform((value) => (value ? value : undefined));

const requiredText = (max: number, error: string) =>
  text({ error }).trim().min(1, { error }).max(max, { error: "tooLong" });

const requiredDate = (error: string) =>
  text({ error })
    .trim()
    .min(1, { error })
    // Only one message for an empty field: "required", not also "invalid date".
    .refine((value) => value === "" || isIsoDate(value), { error: "dateInvalid" });

// The form renders updatedAt as an ISO timestamp; a missing or unreadable one is treated like a stale one.
const expectedUpdatedAtSchema = z.coerce.date({ error: "stale" });

function withDateOrder<T extends z.ZodType<{ issuedOn?: string; expiresOn?: string }>>(schema: T) {
  return schema.superRefine((value, context) => {
    if (value.issuedOn && value.expiresOn && value.expiresOn <= value.issuedOn) {
      context.addIssue({ code: "custom", path: ["expiresOn"], message: "expiryBeforeIssue" });
    }
  });
}

/** An owner records a certificate they applied for (or hold) for a listing they manage. */
export const certificationApplicationSchema = withDateOrder(
  z.strictObject({
    listingId: idSchema("listingRequired"),
    typeId: idSchema("typeRequired"),
    issuerName: optionalText(ISSUER_MAX_LENGTH),
    number: optionalText(NUMBER_MAX_LENGTH),
    issuedOn: optionalDate,
    expiresOn: optionalDate,
    evidenceFileId: text()
      .trim()
      .max(64, { error: "evidenceInvalid" })
      .optional()
      .transform((value) => (value ? value : undefined)),
  }),
);

export type CertificationApplicationInput = z.input<typeof certificationApplicationSchema>;

export const targetStatusSchema = z.enum(["IN_REVIEW", "CERTIFIED", "REJECTED", "REVOKED"], {
  error: "statusInvalid",
});

/**
 * A staff decision. Rejecting and revoking need the reason; certifying needs the certificate's number and issue
 * date (the expiry date, when the type expires, is checked against the type in lib/certifications/lifecycle.ts).
 */
export const certificationStatusChangeSchema = withDateOrder(
  z.strictObject({
    to: text({ error: "statusInvalid" }).pipe(targetStatusSchema),
    note: optionalText(NOTE_MAX_LENGTH, { multiline: true }),
    number: optionalText(NUMBER_MAX_LENGTH),
    issuedOn: optionalDate,
    expiresOn: optionalDate,
    expectedUpdatedAt: expectedUpdatedAtSchema,
  }),
).superRefine((value, context) => {
  if (isNoteRequired(value.to) && !value.note) {
    context.addIssue({ code: "custom", path: ["note"], message: "noteRequired" });
  }
  if (value.to === "CERTIFIED") {
    if (!value.number) context.addIssue({ code: "custom", path: ["number"], message: "numberRequired" });
    if (!value.issuedOn) context.addIssue({ code: "custom", path: ["issuedOn"], message: "issuedOnRequired" });
  }
});

export type CertificationStatusChangeInput = z.input<typeof certificationStatusChangeSchema>;

/** Staff record a certificate that was already issued: it is entered as certified, with its details. */
export const staffCertificationSchema = withDateOrder(
  z.strictObject({
    listingId: idSchema("listingRequired"),
    typeId: idSchema("typeRequired"),
    issuerName: optionalText(ISSUER_MAX_LENGTH),
    number: requiredText(NUMBER_MAX_LENGTH, "numberRequired"),
    issuedOn: requiredDate("issuedOnRequired"),
    expiresOn: optionalDate,
    note: optionalText(NOTE_MAX_LENGTH, { multiline: true }),
  }),
);

export type StaffCertificationInput = z.input<typeof staffCertificationSchema>;

/** Corrections of a certificate's details (not its status). */
export const certificationDetailsSchema = withDateOrder(
  z.strictObject({
    issuerName: optionalText(ISSUER_MAX_LENGTH),
    number: optionalText(NUMBER_MAX_LENGTH),
    issuedOn: optionalDate,
    expiresOn: optionalDate,
    expectedUpdatedAt: expectedUpdatedAtSchema,
  }),
);

export type CertificationDetailsInput = z.input<typeof certificationDetailsSchema>;

export type CertificationField =
  | "listingId"
  | "typeId"
  | "issuerName"
  | "number"
  | "issuedOn"
  | "expiresOn"
  | "note"
  | "evidenceFileId"
  | "to"
  | "expectedUpdatedAt";

export type CertificationFieldErrors = FieldErrors<CertificationField>;

/** Certificate numbers are compared without case and with runs of spaces read as one. */
export function normalizeCertificateNumber(value: string): string {
  return value.trim().replace(/\s+/g, " ");
}
