-- CreateEnum
CREATE TYPE "InboxItemKind" AS ENUM ('NEW_LISTING', 'REVISION', 'CLAIM', 'CERTIFICATION', 'EVENT', 'PROBLEM_REPORT', 'ENQUIRY');

-- AlterTable
-- Enquiries sent before this change were mailed to every official; they stay out of the inbox (isForStaff false).
ALTER TABLE "Enquiry" ADD COLUMN     "answer" TEXT,
ADD COLUMN     "answeredAt" TIMESTAMPTZ(3),
ADD COLUMN     "answeredById" TEXT,
ADD COLUMN     "isForStaff" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "InboxAssignment" (
    "id" TEXT NOT NULL,
    "itemKind" "InboxItemKind" NOT NULL,
    "itemId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InboxAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Enquiry_isForStaff_answeredAt_createdAt_idx" ON "Enquiry"("isForStaff", "answeredAt", "createdAt");

-- CreateIndex
CREATE INDEX "InboxAssignment_userId_idx" ON "InboxAssignment"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "InboxAssignment_itemKind_itemId_key" ON "InboxAssignment"("itemKind", "itemId");

-- AddForeignKey
ALTER TABLE "Enquiry" ADD CONSTRAINT "Enquiry_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboxAssignment" ADD CONSTRAINT "InboxAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
