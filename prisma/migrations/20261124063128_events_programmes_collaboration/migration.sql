-- CreateEnum
CREATE TYPE "EventType" AS ENUM ('TRAINING', 'BIMTEK', 'FESTIVAL', 'MEETUP', 'EXHIBITION', 'CALL', 'OTHER');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('PENDING_REVIEW', 'PUBLISHED', 'REJECTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CollaborationKind" AS ENUM ('NEED', 'OFFER');

-- CreateEnum
CREATE TYPE "CollaborationStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "CollaborationOutcome" AS ENUM ('DONE', 'NOT_DONE');

-- CreateEnum
CREATE TYPE "CollaborationSubsectorRole" AS ENUM ('WANTED', 'OFFERED');

-- CreateEnum
CREATE TYPE "CollaborationResponseStatus" AS ENUM ('SENT', 'ACCEPTED', 'DECLINED');

-- CreateTable
CREATE TABLE "Programme" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nameId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "organiserName" TEXT NOT NULL,
    "descriptionId" TEXT,
    "descriptionEn" TEXT,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "type" "EventType" NOT NULL,
    "status" "EventStatus" NOT NULL DEFAULT 'PENDING_REVIEW',
    "titleId" TEXT NOT NULL,
    "titleEn" TEXT,
    "descriptionId" TEXT NOT NULL,
    "descriptionEn" TEXT,
    "programmeId" TEXT,
    "organiserListingId" TEXT,
    "organiserName" TEXT,
    "venue" TEXT,
    "kecamatan" "Kecamatan",
    "isOnline" BOOLEAN NOT NULL DEFAULT false,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "registrationUrl" TEXT,
    "proposedById" TEXT,
    "reviewNote" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventSubsector" (
    "eventId" TEXT NOT NULL,
    "subsectorId" TEXT NOT NULL,

    CONSTRAINT "EventSubsector_pkey" PRIMARY KEY ("eventId","subsectorId")
);

-- CreateTable
CREATE TABLE "EventParticipation" (
    "eventId" TEXT NOT NULL,
    "listingId" TEXT NOT NULL,
    "recordedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventParticipation_pkey" PRIMARY KEY ("eventId","listingId")
);

-- CreateTable
CREATE TABLE "CollaborationPost" (
    "id" TEXT NOT NULL,
    "kind" "CollaborationKind" NOT NULL,
    "status" "CollaborationStatus" NOT NULL DEFAULT 'OPEN',
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "listingId" TEXT NOT NULL,
    "authorId" TEXT,
    "kecamatan" "Kecamatan",
    "isOnline" BOOLEAN NOT NULL DEFAULT false,
    "deadline" DATE,
    "outcome" "CollaborationOutcome",
    "outcomeNote" TEXT,
    "closedWithListingId" TEXT,
    "closedAt" TIMESTAMPTZ(3),
    "isHidden" BOOLEAN NOT NULL DEFAULT false,
    "hiddenNote" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CollaborationPost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollaborationPostSubsector" (
    "postId" TEXT NOT NULL,
    "subsectorId" TEXT NOT NULL,
    "role" "CollaborationSubsectorRole" NOT NULL,

    CONSTRAINT "CollaborationPostSubsector_pkey" PRIMARY KEY ("postId","subsectorId","role")
);

-- CreateTable
CREATE TABLE "CollaborationResponse" (
    "id" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "listingId" TEXT NOT NULL,
    "authorId" TEXT,
    "message" TEXT NOT NULL,
    "status" "CollaborationResponseStatus" NOT NULL DEFAULT 'SENT',
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CollaborationResponse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Programme_slug_key" ON "Programme"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_status_startsAt_idx" ON "Event"("status", "startsAt");

-- CreateIndex
CREATE INDEX "Event_programmeId_idx" ON "Event"("programmeId");

-- CreateIndex
CREATE INDEX "Event_organiserListingId_idx" ON "Event"("organiserListingId");

-- CreateIndex
CREATE INDEX "EventSubsector_subsectorId_idx" ON "EventSubsector"("subsectorId");

-- CreateIndex
CREATE INDEX "EventParticipation_listingId_idx" ON "EventParticipation"("listingId");

-- CreateIndex
CREATE INDEX "CollaborationPost_status_isHidden_createdAt_idx" ON "CollaborationPost"("status", "isHidden", "createdAt");

-- CreateIndex
CREATE INDEX "CollaborationPost_listingId_idx" ON "CollaborationPost"("listingId");

-- CreateIndex
CREATE INDEX "CollaborationPostSubsector_subsectorId_idx" ON "CollaborationPostSubsector"("subsectorId");

-- CreateIndex
CREATE INDEX "CollaborationResponse_listingId_idx" ON "CollaborationResponse"("listingId");

-- CreateIndex
CREATE UNIQUE INDEX "CollaborationResponse_postId_listingId_key" ON "CollaborationResponse"("postId", "listingId");

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_organiserListingId_fkey" FOREIGN KEY ("organiserListingId") REFERENCES "Listing"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSubsector" ADD CONSTRAINT "EventSubsector_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSubsector" ADD CONSTRAINT "EventSubsector_subsectorId_fkey" FOREIGN KEY ("subsectorId") REFERENCES "Subsector"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipation" ADD CONSTRAINT "EventParticipation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipation" ADD CONSTRAINT "EventParticipation_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationPost" ADD CONSTRAINT "CollaborationPost_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationPost" ADD CONSTRAINT "CollaborationPost_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationPost" ADD CONSTRAINT "CollaborationPost_closedWithListingId_fkey" FOREIGN KEY ("closedWithListingId") REFERENCES "Listing"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationPostSubsector" ADD CONSTRAINT "CollaborationPostSubsector_postId_fkey" FOREIGN KEY ("postId") REFERENCES "CollaborationPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationPostSubsector" ADD CONSTRAINT "CollaborationPostSubsector_subsectorId_fkey" FOREIGN KEY ("subsectorId") REFERENCES "Subsector"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationResponse" ADD CONSTRAINT "CollaborationResponse_postId_fkey" FOREIGN KEY ("postId") REFERENCES "CollaborationPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationResponse" ADD CONSTRAINT "CollaborationResponse_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationResponse" ADD CONSTRAINT "CollaborationResponse_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
