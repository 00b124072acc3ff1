import { describe, expect, it } from "vitest";
import { z } from "zod";
import { closePostSchema, getCollaborationPostSchema, toLocation } from "./schemas";

const TODAY = "2026-11-24";
const valid = {
  listingId: "listing-1",
  kind: "NEED",
  title: "Butuh fotografer produk",
  description: "Kami butuh foto katalog untuk dua belas varian keripik.",
  wantedSubsectorIds: ["fotografi", "fotografi"],
  offeredSubsectorIds: [],
  location: "lowokwaru",
  deadline: "",
};
const errorsOf = (input: unknown) => {
  const parsed = getCollaborationPostSchema(TODAY).safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe("getCollaborationPostSchema", () => {
  it("accepts a need, trims text, removes repeated subsectors and leaves no deadline as null", () => {
    const parsed = getCollaborationPostSchema(TODAY).parse({ ...valid, title: "  Butuh fotografer produk  " });
    expect(parsed).toMatchObject({
      title: "Butuh fotografer produk",
      wantedSubsectorIds: ["fotografi"],
      deadline: null,
    });
  });

  it("needs a wanted subsector, a location and, for an offer, an offered subsector", () => {
    expect(errorsOf({ ...valid, wantedSubsectorIds: [], location: "batu" })).toEqual({
      wantedSubsectorIds: ["wantedRequired"],
      location: ["locationRequired"],
    });
    expect(errorsOf({ ...valid, kind: "OFFER" })).toEqual({ offeredSubsectorIds: ["offeredRequired"] });
    expect(errorsOf({ ...valid, kind: "SELL" })).toEqual({ kind: ["kindRequired"] });
  });

  it("refuses a deadline in the past or more than a year away, and accepts today", () => {
    expect(errorsOf({ ...valid, deadline: "2026-11-23" })).toEqual({ deadline: ["deadlinePast"] });
    expect(errorsOf({ ...valid, deadline: "2028-01-01" })).toEqual({ deadline: ["deadlineTooFar"] });
    expect(errorsOf({ ...valid, deadline: "24/12/2026" })).toEqual({ deadline: ["deadlineInvalid"] });
    expect(errorsOf({ ...valid, deadline: TODAY })).toEqual({});
  });

  it("limits text lengths and the number of subsectors", () => {
    expect(
      errorsOf({
        ...valid,
        title: "Foto",
        description: "x".repeat(2001),
        wantedSubsectorIds: ["a", "b", "c", "d", "e", "f"],
      }),
    ).toEqual({
      title: ["titleTooShort"],
      description: ["descriptionTooLong"],
      wantedSubsectorIds: ["tooManySubsectors"],
    });
  });
});

describe("toLocation", () => {
  it("maps the form's location to a kecamatan or online", () => {
    expect(toLocation("klojen")).toEqual({ kecamatan: "KLOJEN", isOnline: false });
    expect(toLocation("daring")).toEqual({ kecamatan: null, isOnline: true });
  });
});

describe("closePostSchema", () => {
  it("refuses a partner for a collaboration that did not happen", () => {
    const parsed = closePostSchema.safeParse({
      postId: "p",
      outcome: "NOT_DONE",
      closedWithListingId: "l",
      outcomeNote: "",
    });
    expect(parsed.success ? {} : z.flattenError(parsed.error).fieldErrors).toEqual({
      closedWithListingId: ["partnerWithNotDone"],
    });
  });
});
