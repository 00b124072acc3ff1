import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  proposedEventSchema,
  readEventFormValues,
  staffEventSchema,
  toProposedEventInput,
  toStaffEventInput,
} from "./schemas";

function formData(entries: [string, string][]) {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

const base: [string, string][] = [
  ["type", "BIMTEK"],
  ["titleIndonesian", "  Bimtek Merek  "],
  ["descriptionIndonesian", "Pendaftaran merek."],
  ["subsectorIds", "s1"],
  ["subsectorIds", "s2"],
  ["venue", "Aula Uji"],
  ["kecamatan", ""],
  ["startsAt", "2026-03-05T09:00"],
  ["endsAt", "2026-03-05T12:00"],
  ["organiserName", "Disporapar Kota Malang"],
  ["registrationUrl", ""],
];

describe("event form schemas", () => {
  it("read the form into trimmed values, instants and the chosen subsectors", () => {
    const values = readEventFormValues(formData([...base, ["isOnline", "1"]]));
    expect(values.subsectorIds).toEqual(["s1", "s2"]);
    expect(values.isOnline).toBe(true);
    const parsed = staffEventSchema.parse(toStaffEventInput(values));
    expect(parsed).toMatchObject({
      type: "BIMTEK",
      titleIndonesian: "Bimtek Merek",
      kecamatan: undefined,
      registrationUrl: undefined,
      isOnline: true,
    });
    expect(parsed.startsAt.toISOString()).toBe("2026-03-05T02:00:00.000Z");
  });

  it("give one i18n key per field: required fields, the order of times, the place", () => {
    const values = readEventFormValues(
      formData([
        ["type", "PARTY"],
        ["startsAt", "2026-03-05T09:00"],
        ["endsAt", "2026-03-05T09:00"],
      ]),
    );
    const result = staffEventSchema.safeParse(toStaffEventInput(values));
    expect(result.success).toBe(false);
    if (result.success) return;
    const { fieldErrors } = z.flattenError(result.error);
    expect(fieldErrors).toMatchObject({
      type: ["typeRequired"],
      titleIndonesian: ["titleRequired"],
      descriptionIndonesian: ["descriptionRequired"],
    });
  });

  it("check the end after the start and a venue or online once the fields themselves are valid", () => {
    const values = readEventFormValues(
      formData(base.map(([key, value]) => [key, key === "endsAt" ? "2026-03-05T08:59" : key === "venue" ? "" : value])),
    );
    const result = staffEventSchema.safeParse(toStaffEventInput(values));
    expect(result.success || z.flattenError(result.error).fieldErrors).toEqual({
      endsAt: ["endBeforeStart"],
      venue: ["venueRequired"],
    });
  });

  it("need an organiser from staff, and a listing (never a programme or organiser) in a proposal", () => {
    const noOrganiser = base.filter(([key]) => key !== "organiserName");
    const staff = staffEventSchema.safeParse(toStaffEventInput(readEventFormValues(formData(noOrganiser))));
    expect(staff.success || z.flattenError(staff.error).fieldErrors).toEqual({ organiserName: ["organiserRequired"] });

    const proposalValues = readEventFormValues(formData([...base, ["programmeId", "p1"], ["listingId", "l1"]]));
    const proposal = proposedEventSchema.parse(toProposedEventInput(proposalValues));
    expect(proposal).toMatchObject({ listingId: "l1" });
    expect(proposal).not.toHaveProperty("programmeId");
    expect(proposal).not.toHaveProperty("organiserName");
    expect(
      proposedEventSchema.safeParse({ ...toProposedEventInput(proposalValues), status: "PUBLISHED" }).success,
    ).toBe(false);
  });
});
