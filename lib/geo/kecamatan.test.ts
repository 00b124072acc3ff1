import { describe, expect, it } from "vitest";
import { kecamatanSlugs, kecamatanValues } from "./kecamatan";
import { listingStatuses } from "@/lib/listings/statuses";

describe("option lists", () => {
  it("lists the five kecamatan of Kota Malang, upper-case for forms and lower-case for query strings", () => {
    expect(kecamatanValues).toEqual(["BLIMBING", "KEDUNGKANDANG", "KLOJEN", "LOWOKWARU", "SUKUN"]);
    expect(kecamatanSlugs).toEqual(["blimbing", "kedungkandang", "klojen", "lowokwaru", "sukun"]);
  });

  it("lists the listing statuses in their lifecycle order", () => {
    expect(listingStatuses).toEqual(["DRAFT", "PENDING_REVIEW", "PUBLISHED", "REJECTED", "INACTIVE", "ARCHIVED"]);
  });
});
