import "server-only";
import { prisma } from "@/lib/db/client";
import { hashEmail } from "@/lib/auth/throttle";

/**
 * Everything the portal holds about one account, for "Unduh data saya" (the right of access, UU PDP No. 27/2022).
 * Every query is scoped to this user: their own rows, rows they made, and rows addressed to their email. Secrets
 * (the password hash, the TOTP secret) and other people's identities (reviewers, co-managers) are left out.
 */
export async function exportAccountData(userId: string, now: Date = new Date()) {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      isDisabled: true,
      emailVerifiedAt: true,
      totpEnabledAt: true,
      isSample: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  if (!user) return null;

  const [
    managedListings,
    authoredRevisions,
    claims,
    certificationApplications,
    invitationsToYou,
    uploadedFiles,
    auditEntries,
    signInAttempts,
    emails,
  ] = await Promise.all([
    prisma.listingManager.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: {
        createdAt: true,
        listing: {
          select: {
            id: true,
            kind: true,
            slug: true,
            status: true,
            nameIndonesian: true,
            nameEn: true,
            summaryIndonesian: true,
            summaryEn: true,
            descriptionIndonesian: true,
            descriptionEn: true,
            kecamatan: true,
            address: true,
            websiteUrl: true,
            email: true,
            phone: true,
            whatsappNumber: true,
            socialLinks: true,
            foundedYear: true,
            tags: true,
            statusNote: true,
            lastVerifiedAt: true,
            publishedAt: true,
            createdAt: true,
            updatedAt: true,
            monitoring: { select: { nib: true, businessScale: true, workforceBand: true, turnoverBand: true } },
          },
        },
      },
    }),
    prisma.listingRevision.findMany({
      where: { authorId: userId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        listingId: true,
        status: true,
        baseVersion: true,
        changes: true,
        reviewNote: true,
        reviewedAt: true,
        createdAt: true,
        updatedAt: true,
      },
    }),
    prisma.listingClaim.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        listingId: true,
        relation: true,
        proofUrl: true,
        status: true,
        reviewNote: true,
        reviewedAt: true,
        createdAt: true,
      },
    }),
    prisma.certification.findMany({
      where: { appliedById: userId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        listingId: true,
        type: { select: { slug: true, nameIndonesian: true, nameEn: true } },
        number: true,
        status: true,
        issuerName: true,
        issuedOn: true,
        expiresOn: true,
        createdAt: true,
        updatedAt: true,
      },
    }),
    prisma.listingInvitation.findMany({
      where: { email: user.email },
      orderBy: { createdAt: "asc" },
      select: { listingId: true, expiresAt: true, acceptedAt: true, createdAt: true },
    }),
    prisma.storedFile.findMany({
      where: { uploadedById: userId },
      orderBy: { createdAt: "asc" },
      select: { id: true, visibility: true, contentType: true, byteSize: true, createdAt: true },
    }),
    prisma.auditLog.findMany({
      where: { actorId: userId },
      orderBy: { createdAt: "asc" },
      select: {
        action: true,
        entityType: true,
        entityId: true,
        actorRole: true,
        before: true,
        after: true,
        createdAt: true,
      },
    }),
    prisma.loginAttempt.findMany({
      where: { emailHash: hashEmail(user.email) },
      orderBy: { createdAt: "asc" },
      select: { isSuccess: true, ipAddress: true, createdAt: true },
    }),
    prisma.outboxEmail.findMany({
      where: { to: user.email },
      orderBy: { createdAt: "asc" },
      select: { subject: true, bodyText: true, createdAt: true, sentAt: true },
    }),
  ]);

  return {
    exportedAt: now.toISOString(),
    profile: user,
    managedListings: managedListings.map(({ createdAt, listing }) => ({ ...listing, managerSince: createdAt })),
    authoredRevisions,
    claims,
    certificationApplications,
    invitationsToYou,
    uploadedFiles,
    auditEntries,
    signInAttempts,
    emails,
  };
}

export type AccountDataExport = NonNullable<Awaited<ReturnType<typeof exportAccountData>>>;
