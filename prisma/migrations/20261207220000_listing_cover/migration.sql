-- AlterTable
ALTER TABLE "Listing" ADD COLUMN     "coverFileId" TEXT,
ADD COLUMN     "coverIsSample" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE UNIQUE INDEX "Listing_coverFileId_key" ON "Listing"("coverFileId");

-- AddForeignKey
ALTER TABLE "Listing" ADD CONSTRAINT "Listing_coverFileId_fkey" FOREIGN KEY ("coverFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;
