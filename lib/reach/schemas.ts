import { z } from "zod";
import { isIsoDate } from "@/lib/certifications/schemas";
import type { ActorType, ListingFieldGroup, SupportKind } from "@/lib/generated/prisma/enums";
import { text } from "@/lib/forms/text";
import type { FieldErrors } from "@/lib/forms/form-state";

// One schema for a support record, shared by the staff form, its server action and the CSV/XLSX import (whose
// columns map onto the same fields). Messages are i18n keys in the namespace "Reach.errors".

export const supportKindValues = [
  "TRAINING",
  "MENTORING",
  "INCUBATION",
  "CURATION",
  "CERTIFICATION_FACILITATION",
  "FUNDING",
  "PROMOTION",
] as const satisfies readonly SupportKind[];

export const actorTypeValues = [
  "ACADEMIA",
  "BUSINESS",
  "COMMUNITY",
  "GOVERNMENT",
  "MEDIA",
] as const satisfies readonly ActorType[];

export const fieldGroupValues = [
  "CONTACT",
  "LOCATION",
  "CERTIFICATES",
  "FACTS",
] as const satisfies readonly ListingFieldGroup[];

export const ORGANISER_MAX_LENGTH = 200;
export const OUTCOME_MAX_LENGTH = 1000;

const requiredText = (max: number, error: string) =>
  text({ error }).trim().min(1, { error }).max(max, { error: "tooLong" });

const isoDate = (error: string) =>
  text({ error })
    .trim()
    .min(1, { error })
    .refine((value) => isIsoDate(value), { error: "dateInvalid" });

const optionalIsoDate = text()
  .trim()
  .optional()
  .refine((value) => !value || isIsoDate(value), { error: "dateInvalid" })
  .transform((value) => (value ? value : undefined));

const optionalEmail = text()
  .trim()
  .max(254, { error: "tooLong" })
  .optional()
  .refine((value) => !value || z.email().safeParse(value).success, { error: "emailInvalid" })
  .transform((value) => (value ? value.toLowerCase() : undefined));

/**
 * A support record as staff type it: the listing and the programme by slug (what an official can read off the
 * portal or a spreadsheet), the person optionally by the email of their account.
 */
export const supportRecordSchema = z
  .object({
    listing: requiredText(200, "listingRequired"),
    programme: requiredText(200, "programmeRequired"),
    kind: z.enum(supportKindValues, { error: "kindInvalid" }),
    organiser: requiredText(ORGANISER_MAX_LENGTH, "organiserRequired"),
    startsOn: isoDate("startsOnRequired"),
    endsOn: optionalIsoDate,
    outcome: text()
      .trim()
      .max(OUTCOME_MAX_LENGTH, { error: "tooLong" })
      .optional()
      .transform((value) => (value ? value : undefined)),
    personEmail: optionalEmail,
  })
  .refine((value) => !value.endsOn || value.endsOn >= value.startsOn, {
    path: ["endsOn"],
    error: "endsBeforeStart",
  });

export type SupportRecordInput = z.output<typeof supportRecordSchema>;
export type SupportRecordField = keyof z.input<typeof supportRecordSchema>;
export const supportRecordFields = [
  "listing",
  "programme",
  "kind",
  "organiser",
  "startsOn",
  "endsOn",
  "outcome",
  "personEmail",
] as const satisfies readonly SupportRecordField[];

export type SupportFieldErrors = FieldErrors<SupportRecordField>;

/** The form's fields as posted (all text), so a refused form shows what was typed. */
export type SupportFormValues = Record<SupportRecordField, string>;
