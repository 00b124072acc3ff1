-- The reach ledger (issue 18): support records, penta-helix actor types, consent to be contacted about
-- programmes, and per-group freshness checks. See docs/decisions/018-reach-ledger.md.

-- CreateEnum
CREATE TYPE "ActorType" AS ENUM ('ACADEMIA', 'BUSINESS', 'COMMUNITY', 'GOVERNMENT', 'MEDIA');

-- CreateEnum
CREATE TYPE "SupportKind" AS ENUM ('TRAINING', 'MENTORING', 'INCUBATION', 'CURATION', 'CERTIFICATION_FACILITATION', 'FUNDING', 'PROMOTION');

-- CreateEnum
CREATE TYPE "ListingFieldGroup" AS ENUM ('CONTACT', 'LOCATION', 'CERTIFICATES', 'FACTS');

-- AlterTable
ALTER TABLE "Listing" ADD COLUMN "actorType" "ActorType" NOT NULL DEFAULT 'BUSINESS';

-- Backfill from the listing's kind: campuses are academia, communities community; businesses, startup studios
-- and coworking spaces stay business (the default). Staff correct the rest (a government office, a media house).
UPDATE "Listing" SET "actorType" = 'ACADEMIA' WHERE "kind" = 'CAMPUS';
UPDATE "Listing" SET "actorType" = 'COMMUNITY' WHERE "kind" = 'COMMUNITY';

-- AlterTable
ALTER TABLE "User" ADD COLUMN "mayContactAboutProgrammes" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "SupportRecord" (
    "id" TEXT NOT NULL,
    "listingId" TEXT NOT NULL,
    "userId" TEXT,
    "programmeId" TEXT NOT NULL,
    "kind" "SupportKind" NOT NULL,
    "organiserName" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "outcome" TEXT,
    "recordedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SupportRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ListingFieldCheck" (
    "listingId" TEXT NOT NULL,
    "group" "ListingFieldGroup" NOT NULL,
    "checkedAt" TIMESTAMPTZ(3) NOT NULL,
    "checkedById" TEXT,
    "isStaffCheck" BOOLEAN NOT NULL,

    CONSTRAINT "ListingFieldCheck_pkey" PRIMARY KEY ("listingId","group")
);

-- CreateIndex
CREATE INDEX "SupportRecord_listingId_startsOn_idx" ON "SupportRecord"("listingId", "startsOn");

-- CreateIndex
CREATE INDEX "SupportRecord_programmeId_startsOn_idx" ON "SupportRecord"("programmeId", "startsOn");

-- CreateIndex
CREATE INDEX "ListingFieldCheck_group_checkedAt_idx" ON "ListingFieldCheck"("group", "checkedAt");

-- AddForeignKey
ALTER TABLE "SupportRecord" ADD CONSTRAINT "SupportRecord_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportRecord" ADD CONSTRAINT "SupportRecord_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportRecord" ADD CONSTRAINT "SupportRecord_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportRecord" ADD CONSTRAINT "SupportRecord_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListingFieldCheck" ADD CONSTRAINT "ListingFieldCheck_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListingFieldCheck" ADD CONSTRAINT "ListingFieldCheck_checkedById_fkey" FOREIGN KEY ("checkedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Listings created later (forms, imports, the demo seed) get the same default from their kind: a new campus is
-- academia and a new community is community unless the insert names another role. Staff change it afterwards.
CREATE FUNCTION "listing_default_actor_type"() RETURNS trigger AS $$
BEGIN
  IF NEW."actorType" = 'BUSINESS' AND NEW."kind" = 'CAMPUS' THEN
    NEW."actorType" := 'ACADEMIA';
  ELSIF NEW."actorType" = 'BUSINESS' AND NEW."kind" = 'COMMUNITY' THEN
    NEW."actorType" := 'COMMUNITY';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Listing_default_actor_type"
  BEFORE INSERT ON "Listing"
  FOR EACH ROW EXECUTE FUNCTION "listing_default_actor_type"();
