import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createListing, createSubsector } from "@/tests/support/factories";
import { parseDirectoryFilters } from "./filters";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "./markers";
import { searchDirectory } from "./queries";

async function search(params: Record<string, string>, fixedKind?: "COMMUNITY" | "CREATIVE_BUSINESS") {
  const knownSubsectorSlugs = (await prisma.subsector.findMany({ select: { slug: true } })).map((s) => s.slug);
  const { filters } = parseDirectoryFilters(params, { knownSubsectorSlugs, fixedKind });
  return searchDirectory(filters);
}

/** A made-up word of letters only, so it is one search term and unique to the test. */
function uniqueWord() {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  return Array.from(crypto.getRandomValues(new Uint8Array(9)), (byte) => letters[byte % 26]).join("");
}

async function certify(listingId: string, expiresOn: string | null) {
  const type = await prisma.certificationType.create({
    data: {
      slug: `uji-${crypto.randomUUID()}`,
      nameIndonesian: "Merek Uji",
      nameEn: "Test Trademark",
      issuingBody: "DJKI",
      doesExpire: expiresOn !== null,
    },
  });
  await prisma.certification.create({
    data: {
      listingId,
      typeId: type.id,
      status: "CERTIFIED",
      number: "IDM0001",
      expiresOn: expiresOn ? new Date(`${expiresOn}T00:00:00Z`) : null,
    },
  });
}

describe("searchDirectory", () => {
  it("lists only published listings of the subsector, with its facets", async () => {
    const subsector = await createSubsector();
    const published = await createListing({ primarySubsectorId: subsector.id, kecamatan: "KLOJEN" });
    const other = await createSubsector();
    const secondary = await createListing({ primarySubsectorId: other.id, kind: "COMMUNITY", kecamatan: "SUKUN" });
    await prisma.listingSubsector.create({ data: { listingId: secondary.id, subsectorId: subsector.id } });
    for (const status of ["DRAFT", "PENDING_REVIEW", "REJECTED", "INACTIVE", "ARCHIVED"] as const) {
      await createListing({ primarySubsectorId: subsector.id, status });
    }

    const found = await search({ subsektor: subsector.slug });
    expect(found.results.map((r) => r.id).sort()).toEqual([published.id, secondary.id].sort());
    expect(found.total).toBe(2);
    expect(found.facets.kind).toEqual({ CREATIVE_BUSINESS: 1, COMMUNITY: 1 });
    expect(found.facets.kecamatan).toEqual({ KLOJEN: 1, SUKUN: 1 });
    expect(found.facets.subsector[subsector.slug]).toBe(2);
    expect(found.facets.subsector[other.slug]).toBe(1);
  });

  it("filters by kind and kecamatan", async () => {
    const subsector = await createSubsector();
    const community = await createListing({
      primarySubsectorId: subsector.id,
      kind: "COMMUNITY",
      kecamatan: "BLIMBING",
    });
    await createListing({ primarySubsectorId: subsector.id, kind: "COMMUNITY", kecamatan: "SUKUN" });
    await createListing({ primarySubsectorId: subsector.id, kind: "CREATIVE_BUSINESS", kecamatan: "BLIMBING" });

    const found = await search({ subsektor: subsector.slug, kecamatan: "blimbing" }, "COMMUNITY");
    expect(found.results.map((r) => r.id)).toEqual([community.id]);
  });

  it("counts as certified only a certificate that is certified and not past its expiry date", async () => {
    const subsector = await createSubsector();
    const valid = await createListing({ primarySubsectorId: subsector.id });
    const expired = await createListing({ primarySubsectorId: subsector.id });
    const noExpiry = await createListing({ primarySubsectorId: subsector.id });
    await certify(valid.id, "2099-12-31");
    await certify(expired.id, "2020-01-31");
    await certify(noExpiry.id, null);

    const found = await search({ subsektor: subsector.slug, bersertifikat: "1" });
    expect(found.results.map((r) => r.id).sort()).toEqual([valid.id, noExpiry.id].sort());
    const all = await search({ subsektor: subsector.slug });
    expect(all.results.find((r) => r.id === expired.id)?.hasValidCertification).toBe(false);
    expect(all.results.find((r) => r.id === valid.id)?.hasValidCertification).toBe(true);
  });

  it("finds words in summaries and highlights them", async () => {
    const subsector = await createSubsector();
    const listing = await createListing({
      primarySubsectorId: subsector.id,
      summaryIndonesian: "Tenun ikat dan batik tulis khas Malangan",
    });
    const found = await search({ q: "batik malangan", subsektor: subsector.slug });
    expect(found.results.map((r) => r.id)).toEqual([listing.id]);
    expect(found.results[0]?.summaryHighlight).toContain(`${HIGHLIGHT_START}batik${HIGHLIGHT_END}`);
  });

  it("tolerates typos and partial words in names and subsector names", async () => {
    const culinary = await createSubsector({ nameIndonesian: "Kuliner", nameEn: "Culinary" });
    const warung = await createListing({ primarySubsectorId: culinary.id, nameIndonesian: "Warung Uji Rasa" });
    const campus = await createListing({
      primarySubsectorId: culinary.id,
      kind: "CAMPUS",
      nameIndonesian: "Universitas Brawijaya Uji",
    });

    expect((await search({ q: "kulinr" })).results.map((r) => r.id)).toContain(warung.id);
    expect((await search({ q: "brawi" })).results.map((r) => r.id)).toContain(campus.id);
  });

  it("widens a misspelt or partial word of a longer query, and keeps the meaning of operators", async () => {
    const word = uniqueWord();
    const subsector = await createSubsector();
    const gallery = await createListing({ primarySubsectorId: subsector.id, nameIndonesian: `Galeri ${word} Tugu` });
    const studio = await createListing({ primarySubsectorId: subsector.id, nameIndonesian: `Studio ${word} Ijen` });
    const misspelt = word.slice(0, 4) + word.slice(5); // one letter missing

    const typo = await search({ q: `galeri ${misspelt}` });
    expect(typo.results.map((r) => r.id)).toEqual([gallery.id]);
    const partial = await search({ q: word.slice(0, 6) });
    expect(partial.results.map((r) => r.id).sort()).toEqual([gallery.id, studio.id].sort());
    const negated = await search({ q: `${word} -ijen` });
    expect(negated.results.map((r) => r.id)).toEqual([gallery.id]);
    const quoted = await search({ q: `"${misspelt}"` });
    expect(quoted.total).toBe(0);
  });

  it("ranks a listing whose name holds the words above one that only mentions them", async () => {
    const word = uniqueWord();
    const subsector = await createSubsector();
    const mentions = await createListing({
      primarySubsectorId: subsector.id,
      nameIndonesian: "Usaha Lain",
      summaryIndonesian: `Menjual ${word} dari desa.`,
    });
    const named = await createListing({ primarySubsectorId: subsector.id, nameIndonesian: `Rumah ${word}` });
    const found = await search({ q: word });
    expect(found.results.map((r) => r.id)).toEqual([named.id, mentions.id]);
  });

  it("shows the last page, not an error, when the page number is past the end", async () => {
    const subsector = await createSubsector();
    await createListing({ primarySubsectorId: subsector.id });
    const found = await search({ subsektor: subsector.slug, hal: "99" });
    expect(found).toMatchObject({ isPageOutOfRange: true, page: 1, pageCount: 1, total: 1 });
    expect(found.results).toHaveLength(1);
  });

  it("treats hostile text as plain search text", async () => {
    const found = await search({ q: `'); DROP TABLE "Listing"; -- <script>` });
    expect(found.total).toBeGreaterThanOrEqual(0);
    expect(await prisma.listing.count()).toBeGreaterThan(0);
  });
});

describe("search vocabulary", () => {
  it("learns the words of new and renamed listings and subsectors, so their typos are found", async () => {
    const [first, second, third] = [uniqueWord(), uniqueWord(), uniqueWord()];
    const subsector = await createSubsector();
    const listing = await createListing({
      primarySubsectorId: subsector.id,
      nameIndonesian: `Sanggar ${first}`,
      tags: [second],
    });
    await prisma.listing.update({ where: { id: listing.id }, data: { nameEn: `${third} Studio` } });
    const renamed = uniqueWord();
    await prisma.subsector.update({ where: { id: subsector.id }, data: { nameIndonesian: `Seni ${renamed}` } });

    const terms = await prisma.searchTerm.findMany({ where: { term: { in: [first, second, third, renamed] } } });
    expect(terms.map((t) => t.term).sort()).toEqual([first, second, third, renamed].sort());
    const typo = renamed.slice(0, 5) + renamed.slice(6);
    expect((await search({ q: typo })).results.map((r) => r.id)).toContain(listing.id);
  });
});

describe("facets", () => {
  it("count a listing once under a subsector that is both its primary and a secondary one", async () => {
    const subsector = await createSubsector();
    const listing = await createListing({ primarySubsectorId: subsector.id });
    await prisma.listingSubsector.create({ data: { listingId: listing.id, subsectorId: subsector.id } });
    const found = await search({ subsektor: subsector.slug });
    expect(found.total).toBe(1);
    expect(found.facets.subsector[subsector.slug]).toBe(1);
  });

  it("count each facet with the other filters but not its own", async () => {
    const subsector = await createSubsector();
    await createListing({ primarySubsectorId: subsector.id, kecamatan: "KLOJEN" });
    await createListing({ primarySubsectorId: subsector.id, kecamatan: "SUKUN" });
    await createListing({ primarySubsectorId: subsector.id, kecamatan: "SUKUN", kind: "COMMUNITY" });

    const found = await search({ subsektor: subsector.slug, kecamatan: "sukun", jenis: "usaha" });
    expect(found.total).toBe(1);
    expect(found.facets.kecamatan).toEqual({ KLOJEN: 1, SUKUN: 1 }); // creative businesses in the subsector
    expect(found.facets.kind).toEqual({ CREATIVE_BUSINESS: 1, COMMUNITY: 1 }); // in Sukun
    expect(found.facets.subsector[subsector.slug]).toBe(1);
  });
});
