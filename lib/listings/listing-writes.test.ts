import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The Listing aggregate's rule: only lib/listings/ writes the Listing table, so "what happens to a listing" is read
// in one folder. Demo data, benchmarks and tests build rows directly on purpose: they set a scene, they are not a
// person's action on the portal.
const exempt = [
  /^lib\/listings\//,
  /^prisma\/seed/,
  /^tests\//,
  /\.test\.tsx?$/,
  /^(lib\/cli|scripts)\/(bench-database|test-cluster)\.ts$/,
];

const writePatterns = [
  // Prisma: prisma.listing.update(…), tx.listing.createMany(…), …
  /\.listing\s*\.\s*(create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany)\s*\(/,
  // A nested write through a relation: `listing: { update: … }`.
  /\blisting\s*:\s*\{\s*(create|update|upsert|delete|connectOrCreate)\s*:/,
  // Raw SQL.
  /\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"Listing"(?!\w)/i,
];

function findListingWrites(source: string): string[] {
  return writePatterns.flatMap((pattern) =>
    [...source.matchAll(new RegExp(pattern.source, pattern.flags + "g"))].map((match) => match[0]),
  );
}

const root = path.resolve(import.meta.dirname, "../..");

function listSourceFiles(): string[] {
  const tracked = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "*.ts", "*.tsx"], {
    cwd: root,
    encoding: "utf8",
  });
  return tracked.split("\n").filter((file) => file && fs.existsSync(path.join(root, file)));
}

describe("writes to the Listing table", () => {
  it("are recognised in Prisma calls, nested relation writes and raw SQL", () => {
    expect(findListingWrites("await tx.listing.updateMany({ where })")).toHaveLength(1);
    expect(findListingWrites("await prisma.listing\n  .update({})")).toHaveLength(1);
    expect(findListingWrites("data: { listing: { update: { status } } }")).toHaveLength(1);
    expect(findListingWrites('UPDATE "Listing" SET "status" = $1')).toHaveLength(1);
    expect(findListingWrites('UPDATE "ListingPhoto" SET "sortOrder" = 1')).toHaveLength(0);
    expect(findListingWrites("await tx.listing.findUnique({ where })")).toHaveLength(0);
    expect(findListingWrites("await tx.listingPhoto.create({ data })")).toHaveLength(0);
  });

  it("happen only in lib/listings/", () => {
    const offenders = listSourceFiles()
      .filter((file) => !exempt.some((pattern) => pattern.test(file)))
      .flatMap((file) =>
        findListingWrites(fs.readFileSync(path.join(root, file), "utf8")).map((write) => `${file}: ${write}`),
      );
    expect(offenders).toEqual([]);
  });
});
