import { z } from "zod";
import { parseJakartaDateTime } from "@/lib/dates";
import type { EventType } from "@/lib/generated/prisma/enums";
import { multilineText, readText, readTexts, text } from "@/lib/forms/text";
import type { FieldErrors } from "@/lib/forms/form-state";
import { kecamatanValues } from "@/lib/geo/kecamatan";

// Messages are i18n keys (namespace "EventForm.errors"); the forms, the server actions and the domain functions
// share these schemas. Times are Jakarta wall-clock times as <input type="datetime-local"> sends them.
export const TITLE_MAX_LENGTH = 200;
export const DESCRIPTION_MAX_LENGTH = 5000;
export const PLACE_MAX_LENGTH = 300;
export const NOTE_MAX_LENGTH = 2000;

export const eventTypeValues = [
  "TRAINING",
  "BIMTEK",
  "FESTIVAL",
  "MEETUP",
  "EXHIBITION",
  "CALL",
  "OTHER",
] as const satisfies readonly EventType[];

/** Types whose participants staff record: they feed the monev funnel and the "training attended" profile list. */
export const trainingEventTypes = ["TRAINING", "BIMTEK"] as const satisfies readonly EventType[];

export function isTrainingEventType(type: EventType): boolean {
  return (trainingEventTypes as readonly EventType[]).includes(type);
}

const optionalText = (max: number, options: { multiline?: boolean } = {}) =>
  (options.multiline ? multilineText() : text())
    .trim()
    .max(max, { error: "tooLong" })
    .optional()
    .transform((value) => (value ? value : undefined));

const requiredText = (max: number, error: string, options: { multiline?: boolean } = {}) =>
  (options.multiline ? multilineText({ error }) : text({ error }))
    .trim()
    .min(1, { error })
    .max(max, { error: "tooLong" });

const optionalId = text()
  .trim()
  .max(64, { error: "invalid" })
  .optional()
  .transform((value) => (value ? value : undefined));

const optionalUrl = text()
  .trim()
  .max(500, { error: "tooLong" })
  .optional()
  .transform((value) => (value ? value : undefined))
  .pipe(z.url({ protocol: /^https?$/, error: "urlInvalid" }).optional());

const dateTime = (requiredError: string) =>
  text({ error: requiredError })
    .trim()
    .min(1, { error: requiredError })
    // One message for an empty field: "required", not also "invalid".
    .refine((value) => value === "" || parseJakartaDateTime(value) !== null, { error: "dateTimeInvalid" })
    .transform((value) => parseJakartaDateTime(value) as Date);

const eventContentShape = {
  type: z.enum(eventTypeValues, { error: "typeRequired" }),
  titleIndonesian: requiredText(TITLE_MAX_LENGTH, "titleRequired"),
  titleEn: optionalText(TITLE_MAX_LENGTH),
  descriptionIndonesian: requiredText(DESCRIPTION_MAX_LENGTH, "descriptionRequired", { multiline: true }),
  descriptionEn: optionalText(DESCRIPTION_MAX_LENGTH, { multiline: true }),
  subsectorIds: z
    .array(text().trim().min(1, { error: "subsectorInvalid" }).max(64, { error: "subsectorInvalid" }), {
      error: "subsectorInvalid",
    })
    .max(17, { error: "subsectorInvalid" })
    .transform((ids) => [...new Set(ids)]),
  venue: optionalText(PLACE_MAX_LENGTH),
  kecamatan: z
    .enum([...kecamatanValues, ""], { error: "kecamatanInvalid" })
    .optional()
    .transform((value) => (value ? value : undefined)),
  isOnline: z.boolean(),
  startsAt: dateTime("startsAtRequired"),
  endsAt: dateTime("endsAtRequired"),
  registrationUrl: optionalUrl,
};

type Timed = { startsAt: Date; endsAt: Date; venue?: string; isOnline: boolean };

/** The end after the start, and a place unless the event is online. */
function checkTimeAndPlace(value: Timed, context: z.RefinementCtx) {
  // Guarded: a field that failed its own check may reach here unparsed.
  if (value.startsAt instanceof Date && value.endsAt instanceof Date && value.endsAt <= value.startsAt) {
    context.addIssue({ code: "custom", path: ["endsAt"], message: "endBeforeStart" });
  }
  if (!value.isOnline && !value.venue) context.addIssue({ code: "custom", path: ["venue"], message: "venueRequired" });
}

/**
 * What staff enter: the organiser is a listing (chosen by its slug) or a name such as a city office, and the
 * event may belong to a programme. Status, proposer, sample flag and version are not here (a strict object
 * refuses them).
 */
export const staffEventSchema = z
  .strictObject({
    ...eventContentShape,
    programmeId: optionalId,
    organiserListingSlug: optionalText(120),
    organiserName: optionalText(TITLE_MAX_LENGTH),
  })
  .superRefine((value, context) => {
    checkTimeAndPlace(value, context);
    if (!value.organiserListingSlug && !value.organiserName) {
      context.addIssue({ code: "custom", path: ["organiserName"], message: "organiserRequired" });
    }
  });

export type StaffEventInput = z.input<typeof staffEventSchema>;
export type StaffEventData = z.output<typeof staffEventSchema>;

/** What a listing's manager proposes: always organised by that listing; staff review it before it is public. */
export const proposedEventSchema = z
  .strictObject({
    ...eventContentShape,
    listingId: requiredText(64, "listingRequired"),
  })
  .superRefine(checkTimeAndPlace);

export type ProposedEventInput = z.input<typeof proposedEventSchema>;
export type ProposedEventData = z.output<typeof proposedEventSchema>;

export type EventField =
  keyof typeof eventContentShape | "programmeId" | "organiserListingSlug" | "organiserName" | "listingId" | "note";

export type EventFieldErrors = FieldErrors<EventField>;

/** The text controls of the event forms, as typed (sent back to the form after a refusal). */
export const eventFormTextKeys = [
  "type",
  "titleIndonesian",
  "titleEn",
  "descriptionIndonesian",
  "descriptionEn",
  "venue",
  "kecamatan",
  "startsAt",
  "endsAt",
  "registrationUrl",
  "programmeId",
  "organiserListingSlug",
  "organiserName",
  "listingId",
] as const;

export type EventFormValues = Partial<Record<(typeof eventFormTextKeys)[number], string>> & {
  subsectorIds?: string[];
  isOnline?: boolean;
};

/** Reads the event form as typed: text controls, the checked subsectors and the "online" box. */
export function readEventFormValues(formData: FormData): EventFormValues {
  const values: EventFormValues = {};
  for (const key of eventFormTextKeys) {
    if (typeof formData.get(key) === "string") values[key] = readText(formData, key);
  }
  values.subsectorIds = readTexts(formData, "subsectorIds");
  values.isOnline = formData.get("isOnline") === "1";
  return values;
}

function toContentInput(values: EventFormValues) {
  return {
    type: (values.type ?? "") as StaffEventInput["type"],
    titleIndonesian: values.titleIndonesian ?? "",
    titleEn: values.titleEn,
    descriptionIndonesian: values.descriptionIndonesian ?? "",
    descriptionEn: values.descriptionEn,
    subsectorIds: values.subsectorIds ?? [],
    venue: values.venue,
    kecamatan: values.kecamatan as StaffEventInput["kecamatan"],
    isOnline: values.isOnline ?? false,
    startsAt: values.startsAt ?? "",
    endsAt: values.endsAt ?? "",
    registrationUrl: values.registrationUrl,
  };
}

/** The staff schema's input from the form's values. */
export function toStaffEventInput(values: EventFormValues): StaffEventInput {
  return {
    ...toContentInput(values),
    programmeId: values.programmeId,
    organiserListingSlug: values.organiserListingSlug,
    organiserName: values.organiserName,
  };
}

/** The proposal schema's input from the form's values. */
export function toProposedEventInput(values: EventFormValues): ProposedEventInput {
  return { ...toContentInput(values), listingId: values.listingId ?? "" };
}

// Error keys as in "Moderation.errors" (the staff decision form is shared with listing moderation).
export const decisionNoteSchema = multilineText({ error: "noteRequired" })
  .trim()
  .min(5, { error: "noteRequired" })
  .max(NOTE_MAX_LENGTH, { error: "noteTooLong" });

/** An approval's note is optional; when given it only has to fit. */
export const approvalNoteSchema = multilineText().trim().max(NOTE_MAX_LENGTH, { error: "noteTooLong" });

// ---------------------------------------------------------------------------------------------------------------
// Programmes (e.g. a Disporapar training programme of a given year), managed by staff.

export const programmeSchema = z.strictObject({
  nameIndonesian: requiredText(TITLE_MAX_LENGTH, "nameRequired"),
  nameEn: requiredText(TITLE_MAX_LENGTH, "nameEnRequired"),
  year: text({ error: "yearInvalid" })
    .trim()
    .regex(/^\d{4}$/, { error: "yearInvalid" })
    .transform(Number)
    .pipe(z.number().int().min(2000, { error: "yearInvalid" }).max(2100, { error: "yearInvalid" })),
  organiserName: requiredText(TITLE_MAX_LENGTH, "organiserRequired"),
  descriptionIndonesian: optionalText(DESCRIPTION_MAX_LENGTH, { multiline: true }),
  descriptionEn: optionalText(DESCRIPTION_MAX_LENGTH, { multiline: true }),
});

export type ProgrammeInput = z.input<typeof programmeSchema>;
export type ProgrammeFieldErrors = FieldErrors<keyof ProgrammeInput & string>;

export const programmeFormKeys = [
  "nameIndonesian",
  "nameEn",
  "year",
  "organiserName",
  "descriptionIndonesian",
  "descriptionEn",
] as const;
