-- AlterTable
ALTER TABLE "ListingMonitoring" ADD COLUMN     "nibEvidence" TEXT,
ADD COLUMN     "nibVerifiedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "ListingKbli" (
    "id" TEXT NOT NULL,
    "listingId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "ListingKbli_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KbliSubsectorMapping" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "subsectorId" TEXT NOT NULL,
    "provenance" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "KbliSubsectorMapping_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ListingKbli_version_code_idx" ON "ListingKbli"("version", "code");

-- CreateIndex
CREATE UNIQUE INDEX "ListingKbli_listingId_version_code_key" ON "ListingKbli"("listingId", "version", "code");

-- CreateIndex
CREATE INDEX "KbliSubsectorMapping_subsectorId_idx" ON "KbliSubsectorMapping"("subsectorId");

-- CreateIndex
CREATE UNIQUE INDEX "KbliSubsectorMapping_version_code_key" ON "KbliSubsectorMapping"("version", "code");

-- AddForeignKey
ALTER TABLE "ListingKbli" ADD CONSTRAINT "ListingKbli_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KbliSubsectorMapping" ADD CONSTRAINT "KbliSubsectorMapping_subsectorId_fkey" FOREIGN KEY ("subsectorId") REFERENCES "Subsector"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Registry search pages (decision 017): the halal registry's certificate search rather than its home page, and
-- BNSP's site. Only rows still holding the old seeded value change; a URL staff set is kept.
UPDATE "CertificationType" SET "registryUrl" = 'https://bpjph.halal.go.id/search/sertifikat'
WHERE "slug" = 'halal' AND "registryUrl" = 'https://bpjph.halal.go.id';
UPDATE "CertificationType" SET "registryUrl" = 'https://bnsp.go.id' WHERE "slug" = 'bnsp' AND "registryUrl" IS NULL;
