import { z } from "zod";
import { text } from "@/lib/forms/text";
import { kbliCodeSchema, kbliVersionSchema } from "./kbli-codes";

// The staff-edited reference data of issue 18: the portal's KBLI → subsector pairings and each certification
// type's registry address. Messages are i18n keys of "DataReference.errors".

export const kbliMappingSchema = z.strictObject({
  version: kbliVersionSchema,
  code: kbliCodeSchema,
  title: text().trim().min(1, { error: "required" }).max(200, { error: "tooLong" }),
  subsectorId: text().trim().min(1, { error: "subsectorRequired" }),
  provenance: text().trim().min(10, { error: "provenanceRequired" }).max(500, { error: "tooLong" }),
});

export const registryUrlSchema = z.strictObject({
  typeId: text().trim().min(1),
  registryUrl: text()
    .trim()
    .max(500, { error: "tooLong" })
    .transform((value) => (value ? value : null))
    .pipe(z.url({ protocol: /^https$/, error: "httpsUrlInvalid" }).nullable()),
});

export type KbliMappingInput = z.infer<typeof kbliMappingSchema>;
