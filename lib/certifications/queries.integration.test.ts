import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { CertificationStatus } from "@/lib/generated/prisma/enums";
import { todayInJakarta } from "@/lib/dates";
import {
  createCertification,
  createCertificationType,
  createListing,
  createManagedListing,
  createSubsector,
  createUser,
} from "@/tests/support/factories";
import { addDaysToIsoDate } from "./filters";
import { changeCertificationStatus } from "./lifecycle";
import {
  findPublicCertificatesByNumber,
  getPublicCertificate,
  listCertifiedListings,
  listManagedCertifications,
} from "./queries";
import { listCertificationsForStaff } from "./staff-queries";
import { getCertificationValidity } from "./validity";

const day = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
const today = todayInJakarta();

async function certificateOf(
  status: CertificationStatus,
  overrides: { expiresOn?: Date | null; number?: string } = {},
) {
  const subsector = await createSubsector();
  const listing = await createListing({ primarySubsectorId: subsector.id });
  const type = await createCertificationType();
  const certification = await createCertification({
    listingId: listing.id,
    typeId: type.id,
    status,
    number: overrides.number ?? `NO-${crypto.randomUUID()}`,
    issuedOn: day("2024-01-01"),
    expiresOn: overrides.expiresOn === undefined ? day(addDaysToIsoDate(today, 365)) : overrides.expiresOn,
  });
  return { subsector, listing, type, certification };
}

describe("getPublicCertificate", () => {
  it.each(["APPLIED", "IN_REVIEW", "REJECTED"] as const)("never shows a %s certification", async (status) => {
    const { certification } = await certificateOf(status);
    expect(await getPublicCertificate(certification.id)).toBeNull();
  });

  it("never shows a certificate of a listing that is not published", async () => {
    const { certification, listing } = await certificateOf("CERTIFIED");
    await prisma.listing.update({ where: { id: listing.id }, data: { status: "INACTIVE" } });
    expect(await getPublicCertificate(certification.id)).toBeNull();
  });

  it("shows a certified certificate as valid, with the type's issuer when none of its own is stored", async () => {
    const { certification, type } = await certificateOf("CERTIFIED");
    const certificate = await getPublicCertificate(certification.id);
    expect(certificate).toMatchObject({ status: "CERTIFIED", issuer: type.issuingBody, revokedAt: null });
    expect(getCertificationValidity(certificate!)).toBe("valid");
  });

  it("shows a certified certificate past its expiry date as expired, from the stored date alone", async () => {
    const { certification } = await certificateOf("CERTIFIED", { expiresOn: day(addDaysToIsoDate(today, -1)) });
    const certificate = await getPublicCertificate(certification.id);
    expect(certificate?.status).toBe("CERTIFIED");
    expect(getCertificationValidity(certificate!)).toBe("expired");
  });

  it("shows a revoked certificate as revoked, with the date it was revoked and without the reason", async () => {
    const { certification } = await certificateOf("CERTIFIED");
    const staff = await createUser({ role: "STAFF" });
    const result = await changeCertificationStatus(staff, certification.id, {
      to: "REVOKED",
      note: "Alasan internal pencabutan",
      expectedUpdatedAt: certification.updatedAt,
    });
    expect(result.ok).toBe(true);
    const certificate = await getPublicCertificate(certification.id);
    expect(getCertificationValidity(certificate!)).toBe("revoked");
    expect(certificate?.revokedAt?.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(JSON.stringify(certificate)).not.toContain("Alasan internal pencabutan");
  });
});

describe("findPublicCertificatesByNumber", () => {
  it("finds certified and revoked certificates by number, ignoring case and extra spaces", async () => {
    const number = `HKI-${crypto.randomUUID().slice(0, 8)} 2025`;
    const { certification } = await certificateOf("CERTIFIED", { number });
    const revoked = await certificateOf("REVOKED", { number });
    const found = await findPublicCertificatesByNumber(`  ${number.toLowerCase().replace(" ", "   ")} `, null);
    expect(found.map((certificate) => certificate.id).sort()).toEqual(
      [certification.id, revoked.certification.id].sort(),
    );
    expect(found.find((certificate) => certificate.id === revoked.certification.id)?.status).toBe("REVOKED");
  });

  it("never reveals applied, in-review or rejected certificates with that number", async () => {
    const number = `RAHASIA-${crypto.randomUUID().slice(0, 8)}`;
    for (const status of ["APPLIED", "IN_REVIEW", "REJECTED"] as const) await certificateOf(status, { number });
    expect(await findPublicCertificatesByNumber(number, null)).toEqual([]);
  });

  it("narrows by type when one is given", async () => {
    const number = `DUA-${crypto.randomUUID().slice(0, 8)}`;
    const first = await certificateOf("CERTIFIED", { number });
    await certificateOf("CERTIFIED", { number });
    const found = await findPublicCertificatesByNumber(number, first.type.slug);
    expect(found.map((certificate) => certificate.id)).toEqual([first.certification.id]);
  });
});

describe("listCertifiedListings", () => {
  it("lists published listings holding a valid certificate of the type, in the subsector, and nothing else", async () => {
    const type = await createCertificationType();
    const subsector = await createSubsector();
    const otherSubsector = await createSubsector();
    const make = async (status: CertificationStatus, expiresOn: string | null, subsectorId = subsector.id) => {
      const listing = await createListing({ primarySubsectorId: subsectorId });
      await createCertification({
        listingId: listing.id,
        typeId: type.id,
        status,
        number: "X",
        issuedOn: day("2024-01-01"),
        expiresOn: expiresOn ? day(expiresOn) : null,
      });
      return listing;
    };
    const valid = await make("CERTIFIED", addDaysToIsoDate(today, 10));
    const lasting = await make("CERTIFIED", null);
    const expiresToday = await make("CERTIFIED", today);
    await make("CERTIFIED", addDaysToIsoDate(today, -1));
    await make("REVOKED", addDaysToIsoDate(today, 10));
    await make("APPLIED", null);
    await make("REJECTED", null);
    const elsewhere = await make("CERTIFIED", null, otherSubsector.id);
    // Listed under its other subsector too.
    await prisma.listingSubsector.create({ data: { listingId: elsewhere.id, subsectorId: subsector.id } });
    const hidden = await make("CERTIFIED", null);
    await prisma.listing.update({ where: { id: hidden.id }, data: { status: "DRAFT" } });

    const result = await listCertifiedListings({ typeSlug: type.slug, subsectorSlug: subsector.slug, page: 1 });
    expect(result.listings.map((listing) => listing.id).sort()).toEqual(
      [valid.id, lasting.id, expiresToday.id, elsewhere.id].sort(),
    );
    expect(result.total).toBe(4);
    expect(result.listings.every((listing) => listing.certifications.length === 1)).toBe(true);

    const inOther = await listCertifiedListings({ typeSlug: type.slug, subsectorSlug: otherSubsector.slug, page: 1 });
    expect(inOther.listings.map((listing) => listing.id)).toEqual([elsewhere.id]);
  });

  it("pages 24 at a time", async () => {
    const type = await createCertificationType();
    const subsector = await createSubsector();
    for (let index = 0; index < 25; index++) {
      const listing = await createListing({ primarySubsectorId: subsector.id });
      await createCertification({ listingId: listing.id, typeId: type.id, status: "CERTIFIED", number: `P${index}` });
    }
    const first = await listCertifiedListings({ typeSlug: type.slug, subsectorSlug: null, page: 1 });
    const second = await listCertifiedListings({ typeSlug: type.slug, subsectorSlug: null, page: 2 });
    expect([first.listings.length, second.listings.length, first.pageCount]).toEqual([24, 1, 2]);
  });
});

describe("listManagedCertifications", () => {
  it("gives a manager the certifications of their listings only, with the full history and staff notes", async () => {
    const owner = await createUser();
    const stranger = await createUser();
    const staff = await createUser({ role: "STAFF" });
    const mine = await createManagedListing(owner.id);
    const theirs = await createManagedListing(stranger.id);
    const type = await createCertificationType();
    const certification = await createCertification({ listingId: mine.id, typeId: type.id });
    await createCertification({ listingId: theirs.id, typeId: type.id });
    await changeCertificationStatus(staff, certification.id, {
      to: "REJECTED",
      note: "Nomor tidak ditemukan di PDKI.",
      expectedUpdatedAt: certification.updatedAt,
    });

    const list = await listManagedCertifications(owner.id);
    expect(list.map((item) => item.id)).toEqual([certification.id]);
    expect(list[0]?.history.map((entry) => [entry.fromStatus, entry.toStatus, entry.note])).toEqual([
      [null, "APPLIED", "Data uji"],
      ["APPLIED", "REJECTED", "Nomor tidak ditemukan di PDKI."],
    ]);
  });
});

describe("listCertificationsForStaff", () => {
  it("filters certificates expiring in the next 60 days, by status, and by listing name or number", async () => {
    const type = await createCertificationType();
    const subsector = await createSubsector();
    const listing = await createListing({ primarySubsectorId: subsector.id, nameIndonesian: "Batik Celaket Uji Staf" });
    const make = (status: CertificationStatus, expiresOn: string | null, number: string) =>
      createCertification({
        listingId: listing.id,
        typeId: type.id,
        status,
        number,
        expiresOn: expiresOn ? day(expiresOn) : null,
      });
    const soon = await make("CERTIFIED", addDaysToIsoDate(today, 30), "SEGERA-1");
    const edge = await make("CERTIFIED", addDaysToIsoDate(today, 60), "SEGERA-2");
    await make("CERTIFIED", addDaysToIsoDate(today, 61), "NANTI-1");
    await make("CERTIFIED", addDaysToIsoDate(today, -1), "LEWAT-1");
    await make("REVOKED", addDaysToIsoDate(today, 30), "CABUT-1");
    const base = { status: null, typeSlug: type.slug, isExpiringSoon: false, q: "", page: 1 };
    const staff = await createUser({ role: "STAFF" });

    const expiring = await listCertificationsForStaff(staff, { ...base, isExpiringSoon: true });
    expect(expiring.certifications.map((item) => item.id)).toEqual([soon.id, edge.id]);
    expect((await listCertificationsForStaff(staff, { ...base, status: "REVOKED" })).total).toBe(1);
    expect((await listCertificationsForStaff(staff, { ...base, q: "celaket uji" })).total).toBe(5);
    expect((await listCertificationsForStaff(staff, { ...base, q: "nanti" })).certifications[0]?.number).toBe(
      "NANTI-1",
    );
  });
});
