import { z } from "zod";
import { text } from "@/lib/forms/text";
import { listingStatuses } from "@/lib/listings/statuses";

// Messages are i18n keys of "ListingCsv.errors" (the content fields use "ListingForm.errors").

const optionalText = (max: number) =>
  text()
    .trim()
    .max(max, { error: "tooLong" })
    .optional()
    .transform((value) => (value ? value : undefined));

/** The staff-only columns of an imported row; the content columns go through getListingContentSchema(kind). */
export const listingCsvStaffSchema = z.strictObject({
  status: z.enum(listingStatuses, { error: "statusInvalid" }),
  isSample: z.boolean({ error: "booleanInvalid" }),
  externalId: text()
    .trim()
    .max(100, { error: "tooLong" })
    .regex(/^[\w.:/-]*$/, { error: "externalIdInvalid" })
    .optional()
    .transform((value) => (value ? value : undefined)),
  sourceName: optionalText(200),
  sourceUrl: text()
    .trim()
    .max(500, { error: "tooLong" })
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(z.url({ protocol: /^https?$/, error: "urlInvalid" }).optional()),
  lastVerifiedAt: z.iso
    .datetime({ offset: true, error: "dateInvalid" })
    .optional()
    .transform((value) => (value ? new Date(value) : undefined)),
});

export type ListingCsvStaffFields = z.infer<typeof listingCsvStaffSchema>;

/** A slug given in a file: what slugify would make of it, so it is a valid profile URL as it stands. */
export const listingSlugSchema = text()
  .max(80, { error: "slugInvalid" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "slugInvalid" });
