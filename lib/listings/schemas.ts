import { z } from "zod";
import { multilineText, text } from "@/lib/forms/text";
import { Kecamatan, ListingKind } from "@/lib/generated/prisma/enums";

// Kind-specific facts, stored in Listing.facts and validated here on every write and read.
const count = z.number().int().min(0).max(1_000_000);
const shortText = text().trim().min(1).max(200);
const textList = z.array(shortText).max(50);

export const coworkingFactsSchema = z.strictObject({
  capacity: count.optional(),
  openingHours: shortText.optional(),
  floors: z.number().int().min(1).max(200).optional(),
  facilities: textList.optional(),
  operator: shortText.optional(),
  openedOn: z.iso.date().optional(),
});

export const campusFactsSchema = z.strictObject({
  studyPrograms: textList.optional(),
});

export const communityFactsSchema = z.strictObject({
  memberCount: count.optional(),
  meetingSchedule: shortText.optional(),
});

export const startupFactsSchema = z.strictObject({
  teamSize: count.optional(),
  products: textList.optional(),
});

export const creativeBusinessFactsSchema = z.strictObject({
  products: textList.optional(),
});

export const listingFactsSchemas = {
  COWORKING: coworkingFactsSchema,
  CAMPUS: campusFactsSchema,
  COMMUNITY: communityFactsSchema,
  STARTUP_STUDIO: startupFactsSchema,
  CREATIVE_BUSINESS: creativeBusinessFactsSchema,
} as const;

export const socialNetworks = ["instagram", "facebook", "tiktok", "youtube", "linkedin", "x"] as const;

export const socialLinksSchema = z
  .array(
    z.strictObject({
      network: z.enum(socialNetworks),
      url: z.url({ protocol: /^https?$/ }),
    }),
  )
  .max(socialNetworks.length);

// ---------------------------------------------------------------------------------------------------------------
// The content of a listing that its managers may propose and staff may edit. Status, certification, ownership,
// slug, isSample, source and verification are not here: a strict object refuses them (mass assignment).
// Messages are i18n keys (namespace "ListingForm.errors"); the form and the server action share this schema.

const optionalText = (max: number, options: { multiline?: boolean } = {}) =>
  (options.multiline ? multilineText() : text())
    .trim()
    .max(max, { error: "tooLong" })
    .optional()
    .transform((value) => (value ? value : undefined));

const optionalUrl = text()
  .trim()
  .max(500, { error: "tooLong" })
  .optional()
  .transform((value) => (value ? value : undefined))
  .pipe(z.url({ protocol: /^https?$/, error: "urlInvalid" }).optional());

/** Indonesian mobile numbers as typed ("0812-3456-7890", "+62 812…") become the wa.me form "6281234567890". */
export const whatsappNumberSchema = text()
  .trim()
  .transform((value) => value.replace(/[\s().-]/g, ""))
  .transform((value) => (value.startsWith("+") ? value.slice(1) : value))
  .transform((value) => (value.startsWith("0") ? `62${value.slice(1)}` : value))
  .pipe(text().regex(/^628\d{7,12}$/, { error: "whatsappInvalid" }));

const phoneSchema = text()
  .trim()
  .regex(/^\+?[0-9 ()-]{6,20}$/, { error: "phoneInvalid" });

// Kota Malang with a margin: a coordinate outside is a typo (e.g. swapped latitude and longitude).
const MALANG_BOUNDS = { latMin: -8.15, latMax: -7.85, lngMin: 112.5, lngMax: 112.75 } as const;

export const listingContentBaseSchema = z.strictObject({
  nameIndonesian: text().trim().min(3, { error: "nameRequired" }).max(120, { error: "tooLong" }),
  nameEn: optionalText(120),
  summaryIndonesian: text().trim().min(10, { error: "summaryTooShort" }).max(300, { error: "tooLong" }),
  summaryEn: optionalText(300),
  descriptionIndonesian: optionalText(5000, { multiline: true }),
  descriptionEn: optionalText(5000, { multiline: true }),
  primarySubsectorId: text().trim().min(1, { error: "subsectorRequired" }).max(40),
  otherSubsectorIds: z.array(text().trim().min(1).max(40)).max(16, { error: "tooMany" }).default([]),
  kecamatan: z.enum(Kecamatan, { error: "kecamatanInvalid" }).optional(),
  address: optionalText(300),
  latitude: z
    .number({ error: "coordinateInvalid" })
    .min(MALANG_BOUNDS.latMin, { error: "outsideMalang" })
    .max(MALANG_BOUNDS.latMax, { error: "outsideMalang" })
    .optional(),
  longitude: z
    .number({ error: "coordinateInvalid" })
    .min(MALANG_BOUNDS.lngMin, { error: "outsideMalang" })
    .max(MALANG_BOUNDS.lngMax, { error: "outsideMalang" })
    .optional(),
  websiteUrl: optionalUrl,
  email: text()
    .trim()
    .toLowerCase()
    .max(254, { error: "tooLong" })
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(z.email({ error: "emailInvalid" }).optional()),
  phone: phoneSchema.optional(),
  whatsappNumber: whatsappNumberSchema.optional(),
  socialLinks: socialLinksSchema.default([]),
  foundedYear: z
    .number({ error: "yearInvalid" })
    .int({ error: "yearInvalid" })
    .min(1900, { error: "yearInvalid" })
    .max(2100, { error: "yearInvalid" })
    .refine((year) => year <= new Date().getFullYear(), { error: "yearInFuture" })
    .optional(),
  tags: z
    .array(text().trim().toLowerCase().min(2, { error: "tagInvalid" }).max(40, { error: "tagInvalid" }))
    .max(12, { error: "tooMany" })
    .default([]),
});

function withListingRules<T extends z.ZodType<z.infer<typeof listingContentBaseSchema>>>(schema: T) {
  return schema.superRefine((value, context) => {
    if ((value.latitude === undefined) !== (value.longitude === undefined)) {
      const path = value.latitude === undefined ? "latitude" : "longitude";
      context.addIssue({ code: "custom", path: [path], message: "coordinatePair" });
    }
    if (value.otherSubsectorIds.includes(value.primarySubsectorId)) {
      context.addIssue({ code: "custom", path: ["otherSubsectorIds"], message: "subsectorRepeated" });
    }
  });
}

/** One schema per kind: the shared fields plus the kind's own facts. */
export function getListingContentSchema(kind: keyof typeof listingFactsSchemas) {
  const facts: z.ZodType<Record<string, unknown>> = listingFactsSchemas[kind];
  return withListingRules(
    listingContentBaseSchema.extend({ facts: facts.optional().transform((value) => value ?? {}) }),
  );
}

export type ListingContent = z.infer<ReturnType<typeof getListingContentSchema>>;

/** The fields a person types when proposing a new listing: its kind, then its content. */
export const listingKindSchema = z.enum(ListingKind, {
  error: "kindInvalid",
});
