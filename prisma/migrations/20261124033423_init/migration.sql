-- pg_trgm powers typo-tolerant name search; it must exist before the trigram indexes below.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "ListingKind" AS ENUM ('STARTUP_STUDIO', 'CREATIVE_BUSINESS', 'COMMUNITY', 'COWORKING', 'CAMPUS');

-- CreateEnum
CREATE TYPE "ListingStatus" AS ENUM ('DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'REJECTED', 'INACTIVE', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "Kecamatan" AS ENUM ('BLIMBING', 'KEDUNGKANDANG', 'KLOJEN', 'LOWOKWARU', 'SUKUN');

-- CreateEnum
CREATE TYPE "BusinessScale" AS ENUM ('MIKRO', 'KECIL', 'MENENGAH');

-- CreateEnum
CREATE TYPE "WorkforceBand" AS ENUM ('W1_4', 'W5_19', 'W20_99', 'W100_PLUS');

-- CreateEnum
CREATE TYPE "TurnoverBand" AS ENUM ('UP_TO_300M', 'FROM_300M_TO_2_5B', 'FROM_2_5B_TO_50B', 'ABOVE_50B');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('ADMIN', 'STAFF', 'OWNER');

-- CreateEnum
CREATE TYPE "CertificationStatus" AS ENUM ('APPLIED', 'IN_REVIEW', 'CERTIFIED', 'REJECTED', 'REVOKED');

-- CreateEnum
CREATE TYPE "FileVisibility" AS ENUM ('PUBLIC', 'PRIVATE');

-- CreateEnum
CREATE TYPE "FigureQualifier" AS ENUM ('EXACT', 'ABOUT', 'AT_LEAST', 'MORE_THAN', 'LESS_THAN');

-- CreateTable
CREATE TABLE "Subsector" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nameId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "descriptionId" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Subsector_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Listing" (
    "id" TEXT NOT NULL,
    "kind" "ListingKind" NOT NULL,
    "slug" TEXT NOT NULL,
    "status" "ListingStatus" NOT NULL DEFAULT 'DRAFT',
    "nameId" TEXT NOT NULL,
    "nameEn" TEXT,
    "summaryId" TEXT NOT NULL,
    "summaryEn" TEXT,
    "descriptionId" TEXT,
    "descriptionEn" TEXT,
    "primarySubsectorId" TEXT NOT NULL,
    "kecamatan" "Kecamatan",
    "address" TEXT,
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),
    "websiteUrl" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "whatsappNumber" TEXT,
    "socialLinks" JSONB NOT NULL DEFAULT '[]',
    "foundedYear" INTEGER,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "externalId" TEXT,
    "facts" JSONB NOT NULL DEFAULT '{}',
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "sourceName" TEXT,
    "sourceUrl" TEXT,
    "lastVerifiedAt" TIMESTAMPTZ(3),
    "publishedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "logoFileId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "searchVector" tsvector,

    CONSTRAINT "Listing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ListingSubsector" (
    "listingId" TEXT NOT NULL,
    "subsectorId" TEXT NOT NULL,

    CONSTRAINT "ListingSubsector_pkey" PRIMARY KEY ("listingId","subsectorId")
);

-- CreateTable
CREATE TABLE "SlugRedirect" (
    "oldSlug" TEXT NOT NULL,
    "listingId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SlugRedirect_pkey" PRIMARY KEY ("oldSlug")
);

-- CreateTable
CREATE TABLE "ListingMonitoring" (
    "listingId" TEXT NOT NULL,
    "nib" TEXT,
    "businessScale" "BusinessScale",
    "workforceBand" "WorkforceBand",
    "turnoverBand" "TurnoverBand",
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ListingMonitoring_pkey" PRIMARY KEY ("listingId")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "UserRole" NOT NULL DEFAULT 'OWNER',
    "isDisabled" BOOLEAN NOT NULL DEFAULT false,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "emailVerifiedAt" TIMESTAMPTZ(3),
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ListingManager" (
    "listingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ListingManager_pkey" PRIMARY KEY ("listingId","userId")
);

-- CreateTable
CREATE TABLE "CertificationType" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nameId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "issuingBody" TEXT NOT NULL,
    "doesExpire" BOOLEAN NOT NULL,
    "registryUrl" TEXT,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CertificationType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certification" (
    "id" TEXT NOT NULL,
    "listingId" TEXT NOT NULL,
    "typeId" TEXT NOT NULL,
    "number" TEXT,
    "status" "CertificationStatus" NOT NULL DEFAULT 'APPLIED',
    "issuedOn" DATE,
    "expiresOn" DATE,
    "evidenceFileId" TEXT,
    "lastCheckedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Certification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificationStatusChange" (
    "id" TEXT NOT NULL,
    "certificationId" TEXT NOT NULL,
    "fromStatus" "CertificationStatus",
    "toStatus" "CertificationStatus" NOT NULL,
    "note" TEXT,
    "actorId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CertificationStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "visibility" "FileVisibility" NOT NULL,
    "storageKey" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "actorRole" "UserRole",
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Figure" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "labelId" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "qualifier" "FigureQualifier" NOT NULL DEFAULT 'EXACT',
    "valueMin" DECIMAL(20,4) NOT NULL,
    "valueMax" DECIMAL(20,4),
    "unit" TEXT NOT NULL,
    "noteId" TEXT,
    "noteEn" TEXT,
    "periodLabel" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "sourceName" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "method" TEXT,
    "publishedOn" DATE,
    "isHeadline" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "retiredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Figure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SeedRun" (
    "mode" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SeedRun_pkey" PRIMARY KEY ("mode")
);

-- CreateIndex
CREATE UNIQUE INDEX "Subsector_slug_key" ON "Subsector"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Listing_slug_key" ON "Listing"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Listing_externalId_key" ON "Listing"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Listing_logoFileId_key" ON "Listing"("logoFileId");

-- CreateIndex
CREATE INDEX "Listing_kind_status_idx" ON "Listing"("kind", "status");

-- CreateIndex
CREATE INDEX "Listing_status_kecamatan_idx" ON "Listing"("status", "kecamatan");

-- CreateIndex
CREATE INDEX "Listing_primarySubsectorId_status_idx" ON "Listing"("primarySubsectorId", "status");

-- CreateIndex
CREATE INDEX "Listing_searchVector_idx" ON "Listing" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Listing_nameId_trgm_idx" ON "Listing" USING GIN ("nameId" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Listing_nameEn_trgm_idx" ON "Listing" USING GIN ("nameEn" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ListingSubsector_subsectorId_idx" ON "ListingSubsector"("subsectorId");

-- CreateIndex
CREATE INDEX "SlugRedirect_listingId_idx" ON "SlugRedirect"("listingId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "ListingManager_userId_idx" ON "ListingManager"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CertificationType_slug_key" ON "CertificationType"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Certification_evidenceFileId_key" ON "Certification"("evidenceFileId");

-- CreateIndex
CREATE INDEX "Certification_listingId_idx" ON "Certification"("listingId");

-- CreateIndex
CREATE INDEX "Certification_typeId_status_idx" ON "Certification"("typeId", "status");

-- CreateIndex
CREATE INDEX "Certification_number_idx" ON "Certification"("number");

-- CreateIndex
CREATE INDEX "CertificationStatusChange_certificationId_createdAt_idx" ON "CertificationStatusChange"("certificationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_idx" ON "AuditLog"("actorId");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_createdAt_idx" ON "AuditLog"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Figure_key_key" ON "Figure"("key");

-- AddForeignKey
ALTER TABLE "Listing" ADD CONSTRAINT "Listing_primarySubsectorId_fkey" FOREIGN KEY ("primarySubsectorId") REFERENCES "Subsector"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Listing" ADD CONSTRAINT "Listing_logoFileId_fkey" FOREIGN KEY ("logoFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListingSubsector" ADD CONSTRAINT "ListingSubsector_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListingSubsector" ADD CONSTRAINT "ListingSubsector_subsectorId_fkey" FOREIGN KEY ("subsectorId") REFERENCES "Subsector"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlugRedirect" ADD CONSTRAINT "SlugRedirect_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListingMonitoring" ADD CONSTRAINT "ListingMonitoring_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListingManager" ADD CONSTRAINT "ListingManager_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListingManager" ADD CONSTRAINT "ListingManager_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certification" ADD CONSTRAINT "Certification_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certification" ADD CONSTRAINT "Certification_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "CertificationType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certification" ADD CONSTRAINT "Certification_evidenceFileId_fkey" FOREIGN KEY ("evidenceFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificationStatusChange" ADD CONSTRAINT "CertificationStatusChange_certificationId_fkey" FOREIGN KEY ("certificationId") REFERENCES "Certification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificationStatusChange" ADD CONSTRAINT "CertificationStatusChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Search document: kept current by triggers (Prisma cannot express them). Names weigh most, then subsector
-- names and tags, then summaries, then descriptions; each in the `indonesian` (stemmed) and `simple` configs.
CREATE FUNCTION listing_search_vector_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  names text := concat_ws(' ', NEW."nameId", NEW."nameEn");
  labels text;
  summaries text := concat_ws(' ', NEW."summaryId", NEW."summaryEn");
  descriptions text := concat_ws(' ', NEW."descriptionId", NEW."descriptionEn");
BEGIN
  SELECT concat_ws(' ', string_agg(concat_ws(' ', s."nameId", s."nameEn"), ' '), array_to_string(NEW."tags", ' '))
    INTO labels
    FROM "Subsector" s
   WHERE s."id" = NEW."primarySubsectorId"
      OR s."id" IN (SELECT ls."subsectorId" FROM "ListingSubsector" ls WHERE ls."listingId" = NEW."id");
  NEW."searchVector" :=
       setweight(to_tsvector('indonesian', names), 'A') || setweight(to_tsvector('simple', names), 'A')
    || setweight(to_tsvector('indonesian', coalesce(labels, '')), 'B') || setweight(to_tsvector('simple', coalesce(labels, '')), 'B')
    || setweight(to_tsvector('indonesian', summaries), 'C') || setweight(to_tsvector('simple', summaries), 'C')
    || setweight(to_tsvector('indonesian', descriptions), 'D') || setweight(to_tsvector('simple', descriptions), 'D');
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Listing_searchVector_refresh"
  BEFORE INSERT OR UPDATE ON "Listing"
  FOR EACH ROW EXECUTE FUNCTION listing_search_vector_refresh();

CREATE FUNCTION listing_subsector_touch_listing() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Listing" SET "searchVector" = NULL
   WHERE "id" = CASE WHEN TG_OP = 'DELETE' THEN OLD."listingId" ELSE NEW."listingId" END;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ListingSubsector_touch_listing"
  AFTER INSERT OR UPDATE OR DELETE ON "ListingSubsector"
  FOR EACH ROW EXECUTE FUNCTION listing_subsector_touch_listing();

CREATE FUNCTION subsector_touch_listings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Listing" l SET "searchVector" = NULL
   WHERE l."primarySubsectorId" = NEW."id"
      OR l."id" IN (SELECT ls."listingId" FROM "ListingSubsector" ls WHERE ls."subsectorId" = NEW."id");
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Subsector_touch_listings"
  AFTER UPDATE OF "nameId", "nameEn" ON "Subsector"
  FOR EACH ROW EXECUTE FUNCTION subsector_touch_listings();

-- The audit log is append-only.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditLog_append_only"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
