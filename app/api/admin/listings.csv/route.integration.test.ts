import { beforeEach, describe, expect, it, vi } from "vitest";
import { parse } from "csv-parse/sync";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { todayInJakarta } from "@/lib/dates";
import { listingCsvColumns } from "@/lib/listing-csv/columns";
import { generateListingCsv } from "@/lib/listing-csv/export-listings";
import { planListingImport } from "@/lib/listing-csv/plan-import";
import { parseAdminListingFilters } from "@/lib/admin-listings/filters";
import { createListing, createSubsector, createUser } from "@/tests/support/factories";
import { GET } from "./route";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: vi.fn() }));

type User = Awaited<ReturnType<typeof createUser>>;

function signIn(user: User | null) {
  vi.mocked(getCurrentUser).mockResolvedValue(
    user && { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: 1, hasTotp: false },
  );
}

const get = (query = "") => GET(new Request(`http://localhost/api/admin/listings.csv${query}`));

/** Listings in their own subsector, with every field filled and values that are hard on CSV. */
async function createRichListings() {
  const subsector = await createSubsector();
  const other = await createSubsector();
  const rich = await prisma.listing.create({
    data: {
      kind: "CREATIVE_BUSINESS",
      slug: `kue-lapis-legit-ny-liem-${subsector.slug}`,
      status: "PUBLISHED",
      nameIndonesian: "Kue Lapis Legit Ny. Liem – Blimbing",
      nameEn: "Mrs. Liem's Layer Cake",
      summaryIndonesian: 'Lapis legit "asli", omzet Rp2 miliar setahun.',
      descriptionIndonesian: "Baris satu, dengan koma.\nBaris dua: café, naïve.\r\nBaris tiga.",
      descriptionEn: '=HYPERLINK("https://contoh.id")',
      primarySubsectorId: subsector.id,
      otherSubsectors: { create: [{ subsectorId: other.id }] },
      kecamatan: "BLIMBING",
      address: "Jl. Borobudur No. 9, Blimbing",
      latitude: -7.9365,
      longitude: 112.643211,
      websiteUrl: "https://lapislegit.contoh.id",
      email: "halo@lapislegit.contoh.id",
      phone: "+62 341 491234",
      whatsappNumber: "6281234567890",
      socialLinks: [{ network: "instagram", url: "https://instagram.com/lapislegit" }],
      foundedYear: 1985,
      tags: ["kue", "oleh-oleh"],
      facts: { products: ["Lapis legit, 20×20 cm", 'Spekkoek "premium"'] },
      externalId: `disporapar:${subsector.slug}`,
      isSample: true,
      sourceName: "Pendataan Disporapar 2024",
      sourceUrl: "https://disporapar.contoh.id/data",
      lastVerifiedAt: new Date("2025-06-01T02:00:00.000Z"),
    },
  });
  const draft = await createListing({
    primarySubsectorId: subsector.id,
    kind: "CAMPUS",
    status: "DRAFT",
    facts: { studyPrograms: ["Desain Komunikasi Visual"] },
  });
  return { subsector, rich, draft };
}

beforeEach(() => signIn(null));

describe("GET /api/admin/listings.csv", () => {
  it("gives staff a dated UTF-8 CSV download with a BOM and the header row", async () => {
    const { subsector, rich, draft } = await createRichListings();
    signIn(await createUser({ role: "STAFF" }));

    const response = await get(`?subsektor=${subsector.slug}`);

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="listing-ekraf-malang-${todayInJakarta()}.csv"`,
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: Record<string, string>[] = parse(new TextDecoder().decode(bytes), { bom: true, columns: true });
    expect(Object.keys(rows[0]!)).toEqual([...listingCsvColumns]);
    expect(rows.map((row) => row.slug).sort()).toEqual([rich.slug, draft.slug].sort());
    const richRow = rows.find((row) => row.slug === rich.slug)!;
    expect(richRow).toMatchObject({
      name_id: "Kue Lapis Legit Ny. Liem – Blimbing",
      description_id: "Baris satu, dengan koma.\nBaris dua: café, naïve.\r\nBaris tiga.",
      description_en: '\'=HYPERLINK("https://contoh.id")',
      latitude: "-7.9365",
      longitude: "112.643211",
      social_links: "instagram=https://instagram.com/lapislegit",
      last_verified_at: "2025-06-01T02:00:00.000Z",
      is_sample: "true",
    });
  });

  it("exports only what the admin listing table's filters select", async () => {
    const { subsector, draft } = await createRichListings();
    signIn(await createUser({ role: "ADMIN" }));
    const text = await (await get(`?subsektor=${subsector.slug}&status=DRAFT&jenis=kampus`)).text();
    const rows: Record<string, string>[] = parse(text, { bom: true, columns: true });
    expect(rows.map((row) => row.slug)).toEqual([draft.slug]);
  });

  it("answers 404 to owners and to anonymous visitors", async () => {
    await createRichListings();
    for (const user of [await createUser(), null]) {
      signIn(user);
      const response = await get();
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("name_id");
    }
  });

  it("reads listings in batches and gives the same file as one batch would", async () => {
    const { subsector } = await createRichListings();
    await createListing({ primarySubsectorId: subsector.id });
    const staff = await createUser({ role: "STAFF" });
    const filters = parseAdminListingFilters({ subsektor: subsector.slug }, { subsectorSlugs: [subsector.slug] });
    const collect = async (batchSize: number) => {
      const chunks: string[] = [];
      for await (const chunk of generateListingCsv(staff, filters, { batchSize })) chunks.push(chunk);
      return chunks;
    };
    const small = await collect(2);
    expect(small).toHaveLength(3); // header, a full batch of two, the last listing
    expect(small.join("")).toBe((await collect(1000)).join(""));
    await expect(generateListingCsv(await createUser(), filters).next()).rejects.toThrow();
  });

  it("round-trips: importing an export plans every row as unchanged", async () => {
    const { subsector } = await createRichListings();
    const staff = await createUser({ role: "STAFF" });
    signIn(staff);
    const text = await (await get(`?subsektor=${subsector.slug}`)).text();

    const plan = await planListingImport(staff, text);

    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.rows).toHaveLength(2);
    expect(plan.rows.map((row) => [row.action, row.problems])).toEqual([
      ["unchanged", []],
      ["unchanged", []],
    ]);
  });
});
