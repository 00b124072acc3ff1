// The rows the authorization matrix (tests/security/authorization-matrix.integration.test.ts) acts on: one user
// per role and one row of every kind an action can change, so that a form naming these ids would really write
// if an action's check were missing.
import { prisma } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { hashToken } from "@/lib/auth/tokens";
import { submitClaim } from "@/lib/claims/submit-claim";
import { proposeNewListing } from "@/lib/listings/new-listings";
import { proposeListingChanges } from "@/lib/listings/revisions";
import { getListingContentSchema } from "@/lib/listings/schemas";
import { storeEvidenceUpload } from "@/lib/uploads/store-upload";
import {
  createCertification,
  createCertificationType,
  createListing,
  createSubsector,
  createUser,
} from "@/tests/support/factories";

export const roles = ["anonymous", "owner", "otherOwner", "staff", "admin", "disabled"] as const;
export type Role = (typeof roles)[number];

/** The owner's password (the account deletion form asks for it). */
export const OWNER_PASSWORD = "kata sandi pemilik matriks";
/** The token of the invitation to co-manage listing B, sent to the owner's address. */
export const PRIVATE_NIB = "3573999988887";
export const INVITATION_TOKEN = "undangan-matriks-otorisasi-untuk-pemilik";

const DAY_MS = 24 * 60 * 60 * 1000;

export async function createSecurityFixtures() {
  const subsector = await createSubsector();
  const otherSubsector = await createSubsector();

  const owner = await createUser({
    name: "Pemilik Matriks",
    passwordHash: await hashPassword(OWNER_PASSWORD),
    emailVerifiedAt: new Date(),
  });
  const otherOwner = await createUser({ name: "Pemilik Lain Matriks", emailVerifiedAt: new Date() });
  const staff = await createUser({ name: "Staf Matriks", role: "STAFF", emailVerifiedAt: new Date() });
  const admin = await createUser({ name: "Admin Matriks", role: "ADMIN", emailVerifiedAt: new Date() });
  // A former staff member and co-manager of listing A whose account was disabled; the session cookie it still
  // holds must grant nothing.
  const disabled = await createUser({ name: "Akun Nonaktif Matriks", role: "STAFF", isDisabled: true });
  // Someone the admin actions change (role, disabled, manager of a listing).
  const subject = await createUser({ name: "Subjek Admin Matriks", emailVerifiedAt: new Date() });

  const listingA = await createListing({
    primarySubsectorId: subsector.id,
    slug: "usaha-matriks-pemilik-a",
    nameIndonesian: "Usaha Matriks Pemilik A",
    managers: { create: [{ userId: owner.id }, { userId: disabled.id }] },
    // Private: never in any public answer (openDataHidden in access-table.ts).
    monitoring: { create: { nib: PRIVATE_NIB, nibEvidence: "Bukti NIB Matriks", nibVerifiedAt: new Date() } },
    kbliCodes: { create: [{ version: 2020, code: "01111", title: "KBLI Matriks", sortOrder: 0 }] },
  } as Parameters<typeof createListing>[0]);
  const listingB = await createListing({
    primarySubsectorId: subsector.id,
    slug: "usaha-matriks-pemilik-b",
    nameIndonesian: "Usaha Matriks Pemilik B",
    managers: { create: [{ userId: otherOwner.id }, { userId: subject.id }] },
  } as Parameters<typeof createListing>[0]);

  const content = (nameIndonesian: string) =>
    getListingContentSchema("CREATIVE_BUSINESS").parse({
      nameIndonesian,
      summaryIndonesian: "Ringkasan usaha untuk matriks otorisasi.",
      primarySubsectorId: subsector.id,
    });
  const proposed = await proposeNewListing(owner, "CREATIVE_BUSINESS", content("Usulan Baru Matriks"));
  if (!proposed.ok) throw new Error("fixture: new listing");
  const revised = await proposeListingChanges(owner, listingA.id, content("Usaha Matriks Pemilik A Baru"));
  if (!revised.ok) throw new Error("fixture: revision");
  const revision = await prisma.listingRevision.findFirstOrThrow({
    where: { listingId: listingA.id, status: "PENDING" },
  });
  const claim = await submitClaim(otherOwner, {
    listingId: listingA.id,
    relation: "Saya salah satu pendiri usaha ini sejak awal.",
  });
  if (!claim.ok) throw new Error("fixture: claim");

  const appliedType = await createCertificationType({ doesExpire: false });
  const freeType = await createCertificationType({ doesExpire: false });
  const evidence = await storeEvidenceUpload(new File([Buffer.from("%PDF-1.4\n%%EOF\n")], "bukti.pdf"), {
    uploaderId: disabled.id,
  });
  if (!evidence.ok) throw new Error("fixture: evidence");
  const certification = await createCertification({
    listingId: listingA.id,
    typeId: appliedType.id,
    appliedById: owner.id,
    number: "PENGAJUAN-TERSEMBUNYI-MATRIKS",
    evidenceFileId: evidence.fileId,
  });

  const report = await prisma.problemReport.create({
    data: { listingId: listingA.id, reason: "WRONG_DETAILS", message: "Nomor telepon sudah tidak aktif." },
  });
  const figure = await prisma.figure.create({
    data: {
      key: "angka-matriks",
      labelIndonesian: "Angka matriks",
      labelEn: "Matrix figure",
      valueMin: 10,
      unit: "usaha",
      periodLabelIndonesian: "2025",
      periodStart: new Date("2025-01-01"),
      periodEnd: new Date("2025-12-31"),
      sourceName: "Sumber uji",
    },
  });
  const programme = await prisma.programme.create({
    data: {
      slug: "program-matriks-2025",
      nameIndonesian: "Program Matriks",
      nameEn: "Matrix Programme",
      year: 2025,
      organiserName: "Disporapar",
    },
  });
  const now = Date.now();
  const trainingEvent = await prisma.event.create({
    data: {
      slug: "pelatihan-matriks",
      type: "TRAINING",
      status: "PUBLISHED",
      titleIndonesian: "Pelatihan Matriks",
      descriptionIndonesian: "Pelatihan untuk matriks otorisasi.",
      organiserName: "Disporapar Kota Malang",
      isOnline: true,
      startsAt: new Date(now - 2 * DAY_MS),
      endsAt: new Date(now - DAY_MS),
      participations: { create: { listingId: listingB.id } },
    },
  });
  const pendingEvent = await prisma.event.create({
    data: {
      slug: "usulan-acara-matriks",
      type: "MEETUP",
      status: "PENDING_REVIEW",
      titleIndonesian: "Usulan Acara Matriks",
      descriptionIndonesian: "Acara yang diusulkan pengelola listing A.",
      organiserListingId: listingA.id,
      proposedById: owner.id,
      isOnline: true,
      startsAt: new Date(now + 10 * DAY_MS),
      endsAt: new Date(now + 10 * DAY_MS + 3_600_000),
    },
  });

  const postA = await prisma.collaborationPost.create({
    data: {
      kind: "NEED",
      title: "Mencari fotografer produk",
      description: "Kami mencari fotografer untuk katalog produk baru.",
      listingId: listingA.id,
      authorId: owner.id,
      isOnline: true,
      subsectors: { create: { subsectorId: otherSubsector.id, role: "WANTED" } },
      responses: {
        create: { listingId: listingB.id, authorId: otherOwner.id, message: "Kami bisa membantu pemotretan." },
      },
    },
    include: { responses: true },
  });
  const postB = await prisma.collaborationPost.create({
    data: {
      kind: "OFFER",
      title: "Menawarkan ruang pamer",
      description: "Ruang pamer kami tersedia untuk produk kreatif lain.",
      listingId: listingB.id,
      authorId: otherOwner.id,
      isOnline: true,
      subsectors: {
        create: [
          { subsectorId: subsector.id, role: "WANTED" },
          { subsectorId: otherSubsector.id, role: "OFFERED" },
        ],
      },
    },
  });

  const postReport = await prisma.collaborationPostReport.create({
    data: { postId: postB.id, reason: "SPAM", message: "Isinya iklan, bukan kolaborasi." },
  });

  const pendingInvitation = await prisma.listingInvitation.create({
    data: {
      listingId: listingA.id,
      email: "calon-pengelola-matriks@contoh.id",
      tokenHash: hashToken("undangan-matriks-yang-bisa-dibatalkan"),
      invitedById: owner.id,
      expiresAt: new Date(now + 7 * DAY_MS),
    },
  });
  await prisma.listingInvitation.create({
    data: {
      listingId: listingB.id,
      email: owner.email,
      tokenHash: hashToken(INVITATION_TOKEN),
      invitedById: otherOwner.id,
      expiresAt: new Date(now + 7 * DAY_MS),
    },
  });

  const enquiry = await prisma.enquiry.create({
    data: {
      listingId: listingA.id,
      senderName: "Pengirim Matriks",
      senderEmail: "pengirim-matriks@contoh.id",
      message: "Pesan untuk pengelola Usaha Matriks Pemilik A.",
      locale: "id",
    },
  });

  // A message to a listing without managers, waiting in the staff inbox; and the claim, taken there by staff.
  const staffEnquiry = await prisma.enquiry.create({
    data: {
      listingId: listingB.id,
      senderName: "Pengirim Matriks",
      senderEmail: "pengirim-matriks@contoh.id",
      message: "Pesan untuk listing tanpa pengelola.",
      locale: "id",
      isForStaff: true,
    },
  });
  await prisma.inboxAssignment.create({ data: { itemKind: "CLAIM", itemId: claim.claimId, userId: staff.id } });
  const kbliMapping = await prisma.kbliSubsectorMapping.create({
    data: {
      version: 2020,
      code: "58110",
      title: "Penerbitan Buku",
      subsectorId: subsector.id,
      provenance: "Buatan portal untuk matriks otorisasi.",
    },
  });

  return {
    users: { owner, otherOwner, staff, admin, disabled, subject },
    kbliMappingId: kbliMapping.id,
    subsector,
    otherSubsector,
    listingA,
    listingB,
    pendingListingId: proposed.listingId,
    pendingListingSlug: (await prisma.listing.findUniqueOrThrow({ where: { id: proposed.listingId } })).slug,
    revisionId: revision.id,
    claimId: claim.claimId,
    appliedType,
    freeType,
    certificationId: certification.id,
    evidenceFileId: evidence.fileId,
    reportId: report.id,
    figureId: figure.id,
    programmeId: programme.id,
    trainingEventId: trainingEvent.id,
    pendingEventId: pendingEvent.id,
    postAId: postA.id,
    responseId: postA.responses[0]!.id,
    postBId: postB.id,
    postReportId: postReport.id,
    pendingInvitationId: pendingInvitation.id,
    enquiryId: enquiry.id,
    staffEnquiryId: staffEnquiry.id,
  };
}

export type SecurityFixtures = Awaited<ReturnType<typeof createSecurityFixtures>>;

/** The user behind a role, or null for an anonymous visitor. */
export function userOf(fixtures: SecurityFixtures, role: Role) {
  return role === "anonymous" ? null : fixtures.users[role];
}
