-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'id';

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "bodyHtml" TEXT;
