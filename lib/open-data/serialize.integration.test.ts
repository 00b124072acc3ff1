import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { parseDirectoryFilters } from "@/lib/directory/filters";
import {
  createCertification,
  createCertificationType,
  createListing,
  createProgramme,
  createSubsector,
  createUser,
} from "@/tests/support/factories";
import { createMonevEvent } from "@/tests/support/monev-factories";
import {
  getOpenListing,
  listOpenCertifications,
  listOpenEvents,
  listOpenListings,
  listOpenSubsectors,
} from "./queries";
import {
  openCertificationSchema,
  openEventSchema,
  openListingDetailSchema,
  openListingSchema,
  openSubsectorSchema,
} from "./schemas";
import {
  serializeCertification,
  serializeEvent,
  serializeListing,
  serializeListingDetail,
  serializeSubsector,
} from "./serialize";

// Everything private is written with a marker, so one search of the serialized output finds any leak.
const SECRET = "RAHASIA";
const context = { siteUrl: "https://ekraf.contoh.id", today: "2026-11-24" };
const filters = (params: Record<string, string> = {}) =>
  parseDirectoryFilters(params, { knownSubsectorSlugs: Object.values(params) }).filters;

let published: { id: string; slug: string };
let draft: { id: string; slug: string };
let subsector: { id: string; slug: string };

beforeAll(async () => {
  subsector = await createSubsector({ sortOrder: 1 });
  const other = await createSubsector({ sortOrder: 2 });
  const type = await createCertificationType({ slug: "merek-uji" });
  const manager = await createUser({
    email: `pengelola-${SECRET.toLowerCase()}@contoh.id`,
    name: `Pengelola ${SECRET}`,
    // Consent to be contacted about programmes is private (issue 18).
    mayContactAboutProgrammes: true,
  });

  published = await createListing({
    primarySubsectorId: subsector.id,
    otherSubsectors: { create: { subsectorId: other.id } },
    kind: "COWORKING",
    nameIndonesian: "Ruang Kerja Uji",
    nameEn: "Test Workspace",
    descriptionIndonesian: "Deskripsi panjang.",
    kecamatan: "KLOJEN",
    kelurahanCode: "35.73.02.1008",
    address: "Jl. Ijen 1",
    latitude: -7.97,
    longitude: 112.63,
    websiteUrl: "https://ruang.contoh.id",
    socialLinks: [{ network: "instagram", url: "https://instagram.com/ruang" }],
    foundedYear: 2019,
    tags: ["coworking", "rapat"],
    facts: { capacity: 40, openingHours: "08.00–22.00", secretFact: SECRET },
    email: `kontak-${SECRET.toLowerCase()}@contoh.id`,
    phone: `0341-${SECRET}`,
    whatsappNumber: `62-${SECRET}`,
    statusNote: `Catatan staf ${SECRET}`,
    isSample: false,
    lastVerifiedAt: new Date("2026-11-20T18:30:00Z"),
    publishedAt: new Date("2026-01-05T03:00:00Z"),
    managers: { create: { userId: manager.id } },
    monitoring: { create: { nib: `NIB-${SECRET}`, businessScale: "MIKRO" } },
  } as Parameters<typeof createListing>[0]);
  await prisma.listingRevision.create({
    data: {
      listingId: published.id,
      pendingListingId: published.id,
      baseVersion: 1,
      changes: { nameIndonesian: `Nama Usulan ${SECRET}` },
      authorId: manager.id,
    },
  });
  const programme = await createProgramme();
  await prisma.supportRecord.create({
    data: {
      listingId: published.id,
      programmeId: programme.id,
      userId: manager.id,
      kind: "FUNDING",
      organiserName: "Disporapar",
      startsOn: new Date("2026-03-01T00:00:00Z"),
      outcome: `Hibah ${SECRET}`,
    },
  });
  await prisma.listingFieldCheck.create({
    data: {
      listingId: published.id,
      group: "CONTACT",
      checkedAt: new Date(),
      checkedById: manager.id,
      isStaffCheck: true,
    },
  });
  await prisma.enquiry.create({
    data: { listingId: published.id, senderName: SECRET, senderEmail: "a@contoh.id", message: SECRET, locale: "id" },
  });
  await createCertification({
    listingId: published.id,
    typeId: type.id,
    status: "CERTIFIED",
    number: "IDM-001",
    issuedOn: new Date("2025-01-15T00:00:00Z"),
    expiresOn: new Date("2035-01-14T00:00:00Z"),
  });
  await createCertification({
    listingId: published.id,
    typeId: type.id,
    status: "CERTIFIED",
    number: "IDM-OLD",
    expiresOn: new Date("2026-01-01T00:00:00Z"),
  });
  await createCertification({ listingId: published.id, typeId: type.id, status: "APPLIED", number: `AJU-${SECRET}` });
  await createCertification({
    listingId: published.id,
    typeId: type.id,
    status: "REJECTED",
    number: `TOLAK-${SECRET}`,
  });
  const revoked = await createCertification({
    listingId: published.id,
    typeId: type.id,
    status: "REVOKED",
    number: "IDM-CABUT",
  });
  await prisma.certificationStatusChange.create({
    data: { certificationId: revoked.id, fromStatus: "CERTIFIED", toStatus: "REVOKED", note: `Alasan ${SECRET}` },
  });

  draft = await createListing({
    primarySubsectorId: subsector.id,
    status: "DRAFT",
    nameIndonesian: `Usaha Draf ${SECRET}`,
    kecamatan: "KLOJEN",
    isSample: false,
  });
  await createCertification({ listingId: draft.id, typeId: type.id, status: "CERTIFIED", number: `DRAF-${SECRET}` });
  await createListing({
    primarySubsectorId: subsector.id,
    status: "PENDING_REVIEW",
    nameIndonesian: `Usulan ${SECRET}`,
  });

  await createMonevEvent("2026-12-01T02:00:00Z", {
    titleIndonesian: "Pelatihan Terbuka",
    organiserListingId: published.id,
    reviewNote: `Catatan ${SECRET}`,
    subsectors: { create: { subsectorId: subsector.id } },
  } as Parameters<typeof createMonevEvent>[1]);
  await createMonevEvent("2026-12-02T02:00:00Z", {
    status: "PENDING_REVIEW",
    titleIndonesian: `Usulan acara ${SECRET}`,
  });
  await createMonevEvent("2026-12-03T02:00:00Z", {
    organiserListingId: draft.id,
    titleIndonesian: "Acara Penyelenggara Draf",
  });
});

describe("listings", () => {
  it("publish exactly the allow-listed fields, with values read from the listing", async () => {
    const { rows, total } = await listOpenListings(filters(), 1, 50);
    expect(total).toBe(1);
    const listing = serializeListing(rows[0]!, context);
    expect(Object.keys(listing).sort()).toEqual(Object.keys(openListingSchema.shape).sort());
    expect(openListingSchema.parse(listing)).toEqual(listing);
    expect(listing).toMatchObject({
      slug: published.slug,
      url: `https://ekraf.contoh.id/coworking/${published.slug}`,
      kind: "coworking",
      name: { id: "Ruang Kerja Uji", en: "Test Workspace" },
      primarySubsector: subsector.slug,
      // A point carries its kecamatan and kelurahan with Kemendagri and BPS codes.
      kecamatan: { slug: "klojen", code: "35.73.02", bpsCode: "3573030", name: "Klojen" },
      kelurahan: { code: "35.73.02.1008", bpsCode: "3573030007", name: "Oro-oro Dowo" },
      latitude: -7.97,
      hasValidCertification: true,
      isSample: false,
      // 01:30 WIB on 21 November.
      lastVerifiedOn: "2026-11-21",
      publishedOn: "2026-01-05",
    });
    expect(listing.subsectors).toHaveLength(2);
  });

  it("never contain a private field or value: contacts, monitoring, managers, notes, revisions, messages", async () => {
    const { rows } = await listOpenListings(filters(), 1, 50);
    const detail = await getOpenListing(published.slug);
    const output = JSON.stringify([
      rows.map((row) => serializeListing(row, context)),
      serializeListingDetail(detail!, context),
    ]);
    expect(output).not.toContain(SECRET);
    expect(output).not.toMatch(
      /"(email|phone|whatsappNumber|statusNote|monitoring|managers|revisions|listingId|mayContactAboutProgrammes|supportRecords|checkedById)":/,
    );
    // Internal row ids stay internal (certificates have public pages, listings are named by slug).
    expect(output).not.toContain(published.id);
  });

  it("give the detail with facts of its kind and its certified certificates only", async () => {
    const detail = serializeListingDetail((await getOpenListing(published.slug))!, context);
    expect(Object.keys(detail).sort()).toEqual(Object.keys(openListingDetailSchema.shape).sort());
    expect(openListingDetailSchema.parse(detail)).toEqual(detail);
    expect(detail.facts).toEqual({ capacity: 40, openingHours: "08.00–22.00" });
    expect(detail.description).toEqual({ id: "Deskripsi panjang.", en: null });
    expect(detail.certifications.map((certification) => [certification.number, certification.status])).toEqual([
      ["IDM-001", "berlaku"],
      ["IDM-OLD", "kedaluwarsa"],
    ]);
  });

  it("leave out listings that are not published, whatever the filter", async () => {
    expect(await getOpenListing(draft.slug)).toBeNull();
    const { rows, total } = await listOpenListings(filters({ kecamatan: "klojen" }), 1, 50);
    expect(total).toBe(1);
    expect(rows.map((row) => row.slug)).toEqual([published.slug]);
    expect((await listOpenListings(filters({ q: "Draf" }), 1, 50)).total).toBe(0);
  });

  it("use the directory's filters", async () => {
    expect((await listOpenListings(filters({ kecamatan: "sukun" }), 1, 50)).total).toBe(0);
    expect((await listOpenListings(filters({ jenis: "coworking" }), 1, 50)).total).toBe(1);
    expect((await listOpenListings(filters({ jenis: "usaha" }), 1, 50)).total).toBe(0);
    expect((await listOpenListings(filters({ bersertifikat: "1" }), 1, 50)).total).toBe(1);
  });

  it("count the total even past the last page", async () => {
    expect(await listOpenListings(filters(), 5, 10)).toEqual({ rows: [], total: 1 });
  });
});

describe("certifications", () => {
  it("publish valid, expired and revoked certificates of published listings, never applications", async () => {
    const { rows, total } = await listOpenCertifications({}, 1, 50);
    const certificates = rows.map((row) => serializeCertification(row, context)!);
    expect(total).toBe(3);
    expect(certificates.map((certificate) => [certificate.number, certificate.status]).sort()).toEqual([
      ["IDM-001", "berlaku"],
      ["IDM-CABUT", "dicabut"],
      ["IDM-OLD", "kedaluwarsa"],
    ]);
    for (const certificate of certificates) {
      expect(Object.keys(certificate).sort()).toEqual(Object.keys(openCertificationSchema.shape).sort());
      expect(openCertificationSchema.parse(certificate)).toEqual(certificate);
    }
    expect(JSON.stringify(certificates)).not.toContain(SECRET);
    expect(certificates.find((certificate) => certificate.status === "dicabut")?.revokedOn).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );
  });

  it("filter by status against today's Jakarta date", async () => {
    expect((await listOpenCertifications({ status: "berlaku" }, 1, 50)).total).toBe(1);
    expect((await listOpenCertifications({ status: "kedaluwarsa" }, 1, 50)).total).toBe(1);
    expect((await listOpenCertifications({ status: "dicabut" }, 1, 50)).total).toBe(1);
    expect((await listOpenCertifications({ typeSlug: "tidak-ada" }, 1, 50)).total).toBe(0);
  });
});

describe("subsectors and events", () => {
  it("publish subsectors in the city's order", async () => {
    const subsectors = (await listOpenSubsectors()).map((row) => serializeSubsector(row, context));
    expect(subsectors[0]).toMatchObject({
      slug: subsector.slug,
      order: 1,
      url: `https://ekraf.contoh.id/subsektor/${subsector.slug}`,
    });
    for (const item of subsectors) expect(openSubsectorSchema.parse(item)).toEqual(item);
  });

  it("publish published events only, naming an organiser only when its listing is published", async () => {
    const { rows, total } = await listOpenEvents({}, 1, 50, new Date("2026-11-24T00:00:00Z"));
    expect(total).toBe(2);
    const events = rows.map((row) => serializeEvent(row, context));
    for (const event of events) {
      expect(Object.keys(event).sort()).toEqual(Object.keys(openEventSchema.shape).sort());
      expect(openEventSchema.parse(event)).toEqual(event);
    }
    const open = events.find((event) => event.title.id === "Pelatihan Terbuka");
    expect(open).toMatchObject({
      type: "pelatihan",
      organiser: { name: "Ruang Kerja Uji", listingSlug: published.slug },
    });
    expect(open?.subsectors).toEqual([subsector.slug]);
    expect(events.find((event) => event.title.id === "Acara Penyelenggara Draf")?.organiser).toBeNull();
    expect(JSON.stringify(events)).not.toContain(SECRET);
  });
});
