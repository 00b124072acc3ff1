import { describe, expect, it } from "vitest";
import { listingFactsSchemas, socialLinksSchema } from "./schemas";

describe("listing facts", () => {
  it("accepts a coworking space's capacity and opening hours", () => {
    const facts = { capacity: 80, openingHours: "Senin–Jumat 08.00–16.00", floors: 8 };
    expect(listingFactsSchemas.COWORKING.parse(facts)).toEqual(facts);
  });

  it("refuses facts that belong to another kind", () => {
    expect(listingFactsSchemas.CAMPUS.safeParse({ memberCount: 10 }).success).toBe(false);
  });

  it("refuses negative counts", () => {
    expect(listingFactsSchemas.COMMUNITY.safeParse({ memberCount: -1 }).success).toBe(false);
  });
});

describe("social links", () => {
  it("accepts http(s) links only", () => {
    expect(socialLinksSchema.safeParse([{ network: "instagram", url: "https://instagram.com/x" }]).success).toBe(true);
    expect(socialLinksSchema.safeParse([{ network: "instagram", url: "javascript:alert(1)" }]).success).toBe(false);
  });
});
