import { z } from "zod";
import { todayInJakarta } from "@/lib/dates";
import type { CollaborationKind, Kecamatan } from "@/lib/generated/prisma/enums";
import { multilineText, text } from "@/lib/forms/text";
import type { FormState } from "@/lib/forms/form-state";
import { kecamatanSlugs } from "@/lib/geo/kecamatan";

// Messages are i18n keys (namespace "CollaborationForm.errors"); the forms and the actions share these schemas.
export const POST_TITLE_MIN_LENGTH = 5;
export const POST_TITLE_MAX_LENGTH = 120;
export const POST_DESCRIPTION_MIN_LENGTH = 20;
export const POST_DESCRIPTION_MAX_LENGTH = 2000;
export const RESPONSE_MESSAGE_MIN_LENGTH = 10;
export const RESPONSE_MESSAGE_MAX_LENGTH = 1000;
export const MAX_SUBSECTORS_PER_ROLE = 5;
/** A deadline further away than this is almost certainly a typo (2207 for 2027). */
export const MAX_DEADLINE_DAYS = 366;

/** The kind of a post as it appears in the board's query string (`jenis`). */
export const collaborationKindPaths: Record<CollaborationKind, string> = { NEED: "butuh", OFFER: "tawar" };
export const collaborationKinds = ["NEED", "OFFER"] as const satisfies readonly CollaborationKind[];

/** Where a collaboration happens: one kecamatan of Kota Malang, or online. */
export const ONLINE_LOCATION = "daring";
export const locationValues = [...kecamatanSlugs, ONLINE_LOCATION];

export function toLocation(location: string): { kecamatan: Kecamatan | null; isOnline: boolean } {
  if (location === ONLINE_LOCATION) return { kecamatan: null, isOnline: true };
  return { kecamatan: location.toUpperCase() as Kecamatan, isOnline: false };
}

const idSchema = (error: string) => text({ error }).trim().min(1, { error }).max(100, { error });

const subsectorIdsSchema = z
  .array(text().trim().min(1, { error: "subsectorUnknown" }).max(100, { error: "subsectorUnknown" }))
  .max(MAX_SUBSECTORS_PER_ROLE, { error: "tooManySubsectors" })
  .transform((ids) => [...new Set(ids)]);

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const isIsoDate = (value: string) => z.iso.date().safeParse(value).success;

/** The post form. `today` (YYYY-MM-DD, Jakarta) bounds the deadline: not in the past, not years away. */
export function getCollaborationPostSchema(today: string = todayInJakarta()) {
  return z
    .strictObject({
      listingId: idSchema("listingRequired"),
      kind: z.enum(collaborationKinds, { error: "kindRequired" }),
      title: text()
        .trim()
        .min(POST_TITLE_MIN_LENGTH, { error: "titleTooShort" })
        .max(POST_TITLE_MAX_LENGTH, { error: "titleTooLong" }),
      description: multilineText()
        .trim()
        .min(POST_DESCRIPTION_MIN_LENGTH, { error: "descriptionTooShort" })
        .max(POST_DESCRIPTION_MAX_LENGTH, { error: "descriptionTooLong" }),
      wantedSubsectorIds: subsectorIdsSchema.refine((ids) => ids.length > 0, { error: "wantedRequired" }),
      offeredSubsectorIds: subsectorIdsSchema,
      location: text({ error: "locationRequired" }).refine((value) => locationValues.includes(value), {
        error: "locationRequired",
      }),
      deadline: text()
        .trim()
        .refine((value) => value === "" || isIsoDate(value), { error: "deadlineInvalid" })
        .refine((value) => value === "" || !isIsoDate(value) || value >= today, { error: "deadlinePast" })
        .refine((value) => value === "" || !isIsoDate(value) || value <= addDays(today, MAX_DEADLINE_DAYS), {
          error: "deadlineTooFar",
        })
        .transform((value) => (value ? value : null)),
    })
    .superRefine((value, context) => {
      // An offer says what is offered; a need may leave it open.
      if (value.kind === "OFFER" && value.offeredSubsectorIds.length === 0) {
        context.addIssue({ code: "custom", path: ["offeredSubsectorIds"], message: "offeredRequired" });
      }
    });
}

export type CollaborationPostInput = z.output<ReturnType<typeof getCollaborationPostSchema>>;

export type CollaborationPostFormValues = {
  listingId: string;
  kind: string;
  title: string;
  description: string;
  wantedSubsectorIds: string[];
  offeredSubsectorIds: string[];
  location: string;
  deadline: string;
};

export type CollaborationPostFormState = FormState<
  keyof CollaborationPostFormValues,
  "rateLimited" | "listingUnavailable",
  CollaborationPostFormValues
> & { retryAfterMinutes?: number };

export const responseSchema = z.strictObject({
  postId: idSchema("postUnavailable"),
  listingId: idSchema("listingRequired"),
  message: multilineText()
    .trim()
    .min(RESPONSE_MESSAGE_MIN_LENGTH, { error: "messageTooShort" })
    .max(RESPONSE_MESSAGE_MAX_LENGTH, { error: "messageTooLong" }),
});

export type ResponseInput = z.output<typeof responseSchema>;

export type RespondFormState = FormState<
  "listingId" | "message",
  "rateLimited" | "postUnavailable" | "listingUnavailable" | "alreadyResponded" | "ownPost",
  { listingId: string; message: string }
> & { retryAfterMinutes?: number };

export const decideResponseSchema = z.strictObject({
  responseId: idSchema("responseUnavailable"),
  decision: z.enum(["ACCEPTED", "DECLINED"], { error: "decisionRequired" }),
});

export const OUTCOME_NOTE_MAX_LENGTH = 500;

/** Closing a post: done (with one of the accepted responders, or someone outside the portal) or not done. */
export const closePostSchema = z
  .strictObject({
    postId: idSchema("postUnavailable"),
    outcome: z.enum(["DONE", "NOT_DONE"], { error: "outcomeRequired" }),
    closedWithListingId: text()
      .trim()
      .max(100, { error: "partnerInvalid" })
      .transform((value) => (value ? value : null)),
    outcomeNote: multilineText()
      .trim()
      .max(OUTCOME_NOTE_MAX_LENGTH, { error: "noteTooLong" })
      .transform((value) => (value ? value : null)),
  })
  .superRefine((value, context) => {
    if (value.outcome === "NOT_DONE" && value.closedWithListingId) {
      context.addIssue({ code: "custom", path: ["closedWithListingId"], message: "partnerWithNotDone" });
    }
  });

export type ClosePostInput = z.output<typeof closePostSchema>;

export type ClosePostFormState = FormState<
  "outcome" | "closedWithListingId" | "outcomeNote",
  "postUnavailable" | "partnerInvalid",
  { outcome: string; closedWithListingId: string; outcomeNote: string }
>;

export const HIDDEN_NOTE_MIN_LENGTH = 5;
export const HIDDEN_NOTE_MAX_LENGTH = 1000;

// Messages are i18n keys (namespace "CollaborationAdmin.errors").
export const moderatePostSchema = z.strictObject({
  postId: idSchema("postUnavailable"),
  isHidden: z.enum(["1", "0"], { error: "postUnavailable" }).transform((value) => value === "1"),
  note: multilineText()
    .trim()
    .min(HIDDEN_NOTE_MIN_LENGTH, { error: "noteRequired" })
    .max(HIDDEN_NOTE_MAX_LENGTH, { error: "noteTooLong" }),
});

export type ModeratePostFormState = FormState<"note", "postUnavailable" | "unchanged", { note: string }>;
