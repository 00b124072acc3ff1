import { z } from "zod";
import { isIsoDate } from "@/lib/certifications/schemas";
import { multilineText, text } from "@/lib/forms/text";
import type { FieldErrors } from "@/lib/forms/form-state";

// A city figure as staff enter it: the value exactly as the source states it (qualifier, one value or a range,
// unit), its period, its source and method. Messages are i18n keys (namespace "FigureForm.errors"); the form,
// the actions and lib/figures/manage-figures.ts share this schema.

export const figureQualifiers = ["EXACT", "ABOUT", "AT_LEAST", "MORE_THAN", "LESS_THAN"] as const;

export const FIGURE_TEXT_MAX = 200;
export const FIGURE_NOTE_MAX = 300;
export const FIGURE_METHOD_MAX = 1000;
// Decimal(20, 4): up to 16 digits before the point.
const MAX_ABSOLUTE_VALUE = 1e15;

const requiredText = (max: number) =>
  text({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "tooLong" });

const optionalText = (max: number, options: { multiline?: boolean } = {}) =>
  (options.multiline ? multilineText() : text())
    .trim()
    .max(max, { error: "tooLong" })
    .optional()
    .transform((value) => (value ? value : null));

// "24", "93.05", "93,05" (Indonesian decimal comma). Exactly three digits after a point or comma read as a
// thousands separator in one language and a decimal in the other ("14.000", "1,500"), so they are refused rather
// than guessed.
const decimalPattern = /^-?\d{1,16}(?:[.,](?:\d{1,2}|\d{4}))?$/;

const requiredNumber = text({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .refine((value) => value === "" || decimalPattern.test(value), { error: "numberInvalid" })
  .transform((value) => Number(value.replace(",", ".")))
  .refine((value) => Math.abs(value) < MAX_ABSOLUTE_VALUE, { error: "numberInvalid" });

const optionalNumber = text()
  .trim()
  .optional()
  .refine((value) => !value || decimalPattern.test(value), { error: "numberInvalid" })
  .transform((value) => (value ? Number(value.replace(",", ".")) : null));

const requiredDate = text({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .refine((value) => value === "" || isIsoDate(value), { error: "dateInvalid" });

const optionalDate = text()
  .trim()
  .optional()
  .refine((value) => !value || isIsoDate(value), { error: "dateInvalid" })
  .transform((value) => (value ? value : null));

const optionalUrl = text()
  .trim()
  .max(500, { error: "tooLong" })
  .optional()
  .refine((value) => !value || z.url({ protocol: /^https?$/ }).safeParse(value).success, { error: "urlInvalid" })
  .transform((value) => (value ? value : null));

export const figureSchema = z
  .strictObject({
    key: text({ error: "required" })
      .trim()
      .toLowerCase()
      .min(1, { error: "required" })
      .max(80, { error: "tooLong" })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "keyInvalid" }),
    labelIndonesian: requiredText(FIGURE_TEXT_MAX),
    labelEn: requiredText(FIGURE_TEXT_MAX),
    qualifier: z.enum(figureQualifiers, { error: "qualifierInvalid" }),
    valueMin: requiredNumber,
    valueMax: optionalNumber,
    unit: requiredText(50),
    noteIndonesian: optionalText(FIGURE_NOTE_MAX, { multiline: true }),
    noteEn: optionalText(FIGURE_NOTE_MAX, { multiline: true }),
    periodLabelIndonesian: requiredText(100),
    periodLabelEn: optionalText(100),
    periodStart: requiredDate,
    periodEnd: requiredDate,
    sourceName: requiredText(300),
    sourceUrl: optionalUrl,
    methodIndonesian: optionalText(FIGURE_METHOD_MAX, { multiline: true }),
    methodEn: optionalText(FIGURE_METHOD_MAX, { multiline: true }),
    publishedOn: optionalDate,
    isHeadline: z
      .enum(["on", ""], { error: "required" })
      .optional()
      .transform((value) => value === "on"),
    sortOrder: text()
      .trim()
      .optional()
      .refine((value) => !value || /^\d{1,5}$/.test(value), { error: "sortOrderInvalid" })
      .transform((value) => (value ? Number(value) : 0)),
  })
  .superRefine((value, context) => {
    if (value.valueMax !== null && value.valueMax < value.valueMin) {
      context.addIssue({ code: "custom", path: ["valueMax"], message: "rangeReversed" });
    }
    if (value.periodStart && value.periodEnd && value.periodEnd < value.periodStart) {
      context.addIssue({ code: "custom", path: ["periodEnd"], message: "periodReversed" });
    }
  });

export type FigureInput = z.input<typeof figureSchema>;
export type FigureData = z.output<typeof figureSchema>;

export const figureFields = [
  "key",
  "labelIndonesian",
  "labelEn",
  "qualifier",
  "valueMin",
  "valueMax",
  "unit",
  "noteIndonesian",
  "noteEn",
  "periodLabelIndonesian",
  "periodLabelEn",
  "periodStart",
  "periodEnd",
  "sourceName",
  "sourceUrl",
  "methodIndonesian",
  "methodEn",
  "publishedOn",
  "isHeadline",
  "sortOrder",
] as const;

export type FigureField = (typeof figureFields)[number];
export type FigureFieldErrors = FieldErrors<FigureField>;

// The form renders updatedAt as an ISO timestamp; a missing or unreadable one is treated like a stale one.
export const expectedUpdatedAtSchema = z.coerce.date({ error: "stale" });
