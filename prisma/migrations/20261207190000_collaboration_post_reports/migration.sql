-- CreateEnum
CREATE TYPE "CollaborationPostReportReason" AS ENUM ('SPAM', 'SCAM', 'OFFENSIVE', 'WRONG_INFORMATION', 'OTHER');

-- CreateEnum
CREATE TYPE "CollaborationPostReportStatus" AS ENUM ('OPEN', 'HANDLED');

-- AlterEnum
ALTER TYPE "InboxItemKind" ADD VALUE 'COLLABORATION_REPORT';

-- CreateTable
CREATE TABLE "CollaborationPostReport" (
    "id" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "reason" "CollaborationPostReportReason" NOT NULL,
    "message" TEXT NOT NULL,
    "reporterEmail" TEXT,
    "status" "CollaborationPostReportStatus" NOT NULL DEFAULT 'OPEN',
    "handledById" TEXT,
    "handlingNote" TEXT,
    "handledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CollaborationPostReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CollaborationPostReport_status_createdAt_idx" ON "CollaborationPostReport"("status", "createdAt");

-- CreateIndex
CREATE INDEX "CollaborationPostReport_postId_idx" ON "CollaborationPostReport"("postId");

-- AddForeignKey
ALTER TABLE "CollaborationPostReport" ADD CONSTRAINT "CollaborationPostReport_postId_fkey" FOREIGN KEY ("postId") REFERENCES "CollaborationPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationPostReport" ADD CONSTRAINT "CollaborationPostReport_handledById_fkey" FOREIGN KEY ("handledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
