import { z } from "zod";
import { multilineText, readText, text } from "@/lib/forms/text";
import { formatKbliLines, kbliLinesSchema, type KbliEntry } from "@/lib/kbli/kbli-codes";

// The fields only staff set on a listing, beside its content (lib/listings/schemas.ts). Messages are i18n keys
// (namespace "AdminListings.errors"); the form and the server actions share these schemas.

export const businessScaleValues = ["MIKRO", "KECIL", "MENENGAH"] as const;
export const workforceBandValues = ["W1_4", "W5_19", "W20_99", "W100_PLUS"] as const;
export const turnoverBandValues = ["UP_TO_300M", "FROM_300M_TO_2_5B", "FROM_2_5B_TO_50B", "ABOVE_50B"] as const;
/** The statuses a listing staff create can start in (rejected and archived are outcomes, not starting points). */
export const newListingStatusValues = ["DRAFT", "PENDING_REVIEW", "PUBLISHED", "INACTIVE"] as const;

const optionalText = (max: number) =>
  text()
    .trim()
    .max(max, { error: "tooLong" })
    .optional()
    .transform((value) => (value ? value : undefined));

const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  text()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(z.enum(values, { error: "choiceInvalid" }).optional());

export const slugSchema = text()
  .trim()
  .toLowerCase()
  .min(2, { error: "slugInvalid" })
  .max(80, { error: "slugInvalid" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "slugInvalid" });

const staffFieldsShape = {
  isSample: z.boolean(),
  sourceName: optionalText(200),
  sourceUrl: text()
    .trim()
    .max(500, { error: "tooLong" })
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(z.url({ protocol: /^https?$/, error: "urlInvalid" }).optional()),
  externalId: optionalText(100),
  nib: text()
    .trim()
    .optional()
    .transform((value) => (value ? value.replace(/\s/g, "") : undefined))
    .pipe(
      text()
        .regex(/^\d{13}$/, { error: "nibInvalid" })
        .optional(),
    ),
  /** What staff saw to confirm the NIB (e.g. "OSS certificate shown at the 2026 bimtek"); without it the NIB is unverified. */
  nibEvidence: optionalText(500),
  businessScale: optionalChoice(businessScaleValues),
  workforceBand: optionalChoice(workforceBandValues),
  turnoverBand: optionalChoice(turnoverBandValues),
  kbli: multilineText().optional().pipe(kbliLinesSchema),
};

/** Evidence is about a number: a note without an NIB is a mistake, not a verification. */
const evidenceNeedsNib = (fields: { nib?: string; nibEvidence?: string }) => !fields.nibEvidence || Boolean(fields.nib);
const evidenceNeedsNibIssue = { error: "nibEvidenceWithoutNib", path: ["nibEvidence"] };

/** Editing a listing: the slug is required (changing it leaves a redirect from the old one). */
export const staffListingFieldsSchema = z
  .strictObject({ slug: slugSchema, ...staffFieldsShape })
  .refine(evidenceNeedsNib, evidenceNeedsNibIssue);

/** Creating a listing: an empty slug is made from the name; staff choose the starting status. */
export const newStaffListingFieldsSchema = z
  .strictObject({
    slug: text()
      .trim()
      .optional()
      .transform((value) => (value ? value : undefined))
      .pipe(slugSchema.optional()),
    status: z.enum(newListingStatusValues, { error: "statusInvalid" }),
    ...staffFieldsShape,
  })
  .refine(evidenceNeedsNib, evidenceNeedsNibIssue);

export type StaffListingFields = z.infer<typeof staffListingFieldsSchema>;
export type NewStaffListingFields = z.infer<typeof newStaffListingFieldsSchema>;

/** The version of the listing the editor loaded; saving succeeds only if it is still the stored one. */
export const listingVersionSchema = z.coerce.number().int().min(1).max(2_000_000_000);

export const staffFieldNames = [
  "slug",
  "isSample",
  "sourceName",
  "sourceUrl",
  "externalId",
  "nib",
  "nibEvidence",
  "kbli",
  "businessScale",
  "workforceBand",
  "turnoverBand",
] as const;

/** Reads the staff-only controls of a posted listing form, and keeps what was typed to show it again. */
export function readStaffListingForm(formData: FormData, options: { isNew: boolean }) {
  const text = (key: string) => readText(formData, key);
  const values: Record<string, string> = {};
  for (const name of staffFieldNames) values[name] = name === "isSample" ? (text(name) === "1" ? "1" : "") : text(name);
  if (options.isNew) values.status = text("status");
  const input: Record<string, unknown> = { ...values, isSample: values.isSample === "1" };
  return { input, values };
}

/** The form's text values for stored staff fields (the inverse of readStaffListingForm). */
export function toStaffFormValues(
  fields: Partial<Record<keyof StaffListingFields, string | boolean | KbliEntry[] | undefined>>,
) {
  const values: Record<string, string> = {};
  for (const name of staffFieldNames) {
    const value = fields[name];
    if (Array.isArray(value)) values[name] = formatKbliLines(value);
    else values[name] = typeof value === "boolean" ? (value ? "1" : "") : (value ?? "");
  }
  return values;
}
