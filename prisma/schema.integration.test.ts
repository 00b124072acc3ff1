import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { snapshotSchema } from "@/tests/support/schema-snapshot";
import { openEmbeddedDatabase } from "@/lib/db/embedded";
import { binPath, runCommand } from "@/lib/server/run-command";
import { prisma } from "@/lib/db/client";
import { createListing, createSubsector } from "@/tests/support/factories";

const prismaCli = (args: string[], env: Record<string, string> = {}) =>
  runCommand(binPath("prisma"), args, { env: { ...process.env, CHECKPOINT_DISABLE: "1", ...env }, quiet: true });

describe("committed migrations", () => {
  it.runIf(process.env.DATABASE_EMBEDDED !== "1")(
    "produce exactly the schema in schema.prisma (prisma migrate diff --exit-code, shadow database on the server)",
    async () => {
      const args = ["--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma"];
      const result = await prismaCli(["migrate", "diff", ...args, "--exit-code"]);
      expect(result.output).toContain("No difference detected");
      expect(result.code).toBe(0);
    },
  );

  // Prisma's schema engine cannot describe PGlite (PostgreSQL 18): it aborts. On the embedded database the
  // same question is answered by comparing catalogs: this file's database (the committed migrations applied by
  // `prisma migrate deploy`) against a fresh one built from the SQL Prisma derives from schema.prisma.
  it.runIf(process.env.DATABASE_EMBEDDED === "1")(
    "produce exactly the schema in schema.prisma (catalogs compared with prisma migrate diff --script)",
    async () => {
      const fromSchema = await prismaCli([
        "migrate",
        "diff",
        "--from-empty",
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--script",
      ]);
      expect(fromSchema.code).toBe(0);
      const sql = fromSchema.output.slice(fromSchema.output.indexOf("-- CreateEnum"));

      const referenceDir = fs.mkdtempSync(path.join(os.tmpdir(), "ekraf-ref-"));
      const reference = await openEmbeddedDatabase(path.join(referenceDir, "db"));
      try {
        const client = new pg.Client({ connectionString: reference.url });
        await client.connect();
        await client.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm;\n${sql}`);
        await client.end();
        expect(await snapshotSchema(process.env.DATABASE_URL!)).toEqual(await snapshotSchema(reference.url));
      } finally {
        await reference.close();
        fs.rmSync(referenceDir, { recursive: true, force: true });
      }
    },
  );
});

describe("search document", () => {
  it("updates the search index at once, without a pending list that searches would scan (decision 002)", async () => {
    const [index] = await prisma.$queryRaw<{ options: string[] | null }[]>`
      SELECT c.reloptions AS "options" FROM pg_class c WHERE c.relname = 'Listing_searchVector_idx'`;
    expect(index?.options).toContain("fastupdate=off");
  });

  it("indexes names, subsector names, tags, summaries and descriptions as rows are written", async () => {
    const subsector = await createSubsector({ nameIndonesian: "Kuliner Uji Rasa", nameEn: "Test Culinary" });
    const listing = await createListing({
      primarySubsectorId: subsector.id,
      nameIndonesian: "Dapur Ijen Lestari",
      summaryIndonesian: "Sambal dan keripik buatan rumah",
      tags: ["oleh-oleh"],
    });
    const find = (query: string) =>
      prisma.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "Listing"
        WHERE "searchVector" @@ websearch_to_tsquery('simple', ${query}) AND "id" = ${listing.id}`;

    expect(await find("ijen")).toHaveLength(1);
    expect(await find("rasa")).toHaveLength(1); // from the subsector's name
    expect(await find("oleh-oleh")).toHaveLength(1); // from a tag
    expect(await find("keripik")).toHaveLength(1); // from the summary

    // Adding another subsector later refreshes the document too.
    const other = await createSubsector({ nameIndonesian: "Fotografi Produk Uji" });
    await prisma.listingSubsector.create({ data: { listingId: listing.id, subsectorId: other.id } });
    expect(await find("fotografi")).toHaveLength(1);
  });

  it("finds names with a typo through pg_trgm", async () => {
    const subsector = await createSubsector();
    const listing = await createListing({
      primarySubsectorId: subsector.id,
      nameIndonesian: "Universitas Brawijaya Uji",
    });
    const rows = await prisma.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Listing" WHERE "id" = ${listing.id} AND word_similarity('brawi', "nameId") > 0.4`;
    expect(rows).toHaveLength(1);
  });
});

describe("audit log", () => {
  it("is append-only: updates and deletes are refused by the database", async () => {
    const entry = await prisma.auditLog.create({
      data: { action: "test.create", entityType: "Test", entityId: "1", after: { ok: true } },
    });
    await expect(prisma.auditLog.update({ where: { id: entry.id }, data: { action: "tampered" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(prisma.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    expect(await prisma.auditLog.findUnique({ where: { id: entry.id } })).toMatchObject({ action: "test.create" });
  });
});
