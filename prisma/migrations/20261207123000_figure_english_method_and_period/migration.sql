-- AlterTable
ALTER TABLE "Figure" ADD COLUMN     "methodEn" TEXT,
ADD COLUMN     "periodLabelEn" TEXT;

-- The seeded figures' texts in English (reference data; staff edit them in /admin/angka).
UPDATE "Figure" SET "methodEn" = 'The figure as its source states it; the counting method is not published.'
WHERE "method" = 'Angka sebagaimana dinyatakan sumber; metode penghitungan tidak dipublikasikan.';
UPDATE "Figure" SET "periodLabelEn" = 'Jan–Aug 2023' WHERE "periodLabel" = 'Jan–Agu 2023';
