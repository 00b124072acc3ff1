import { z } from "zod";

// Kind-specific facts, stored in Listing.facts and validated here on every write and read.
const count = z.number().int().min(0).max(1_000_000);
const shortText = z.string().trim().min(1).max(200);
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
