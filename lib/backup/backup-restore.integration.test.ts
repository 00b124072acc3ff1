import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { openEmbeddedDatabase } from "@/lib/db/embedded";
import { createScriptPrismaClient } from "@/lib/db/seed-client";
import { createLocalFileStorage } from "@/lib/storage/local-file-storage";
import { createStorageKey } from "@/lib/storage/storage-key";
import { seedDatabase } from "@/prisma/seed";
import { createDatabaseFromTemplate } from "@/tests/support/test-database";
import { BackupError, createBackup, type DatabaseLocation } from "./create-backup";
import { RestoreRefused, restoreBackup } from "./restore-backup";
import { compareTableChecksums, readTableChecksums } from "./table-checksums";

// The same test runs against whatever the run uses: a real PostgreSQL server (TEST_DATABASE_URL: pg_dump and
// pg_restore) or the embedded database (PGlite's data-folder dump).
const template = inject("databaseTemplate");
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "ekraf-backup-test-"));
const cleanups: (() => Promise<unknown>)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  fs.rmSync(workDir, { recursive: true, force: true });
});

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Demo data, two audit entries and one uploaded file (row and bytes). */
async function fill(url: string, storage: ReturnType<typeof createLocalFileStorage>) {
  const prisma = createScriptPrismaClient(url);
  try {
    await seedDatabase(prisma, "demo");
    const key = createStorageKey();
    const bytes = Buffer.from("%PDF-1.4\n% bukti sertifikat uji cadangan\n%%EOF\n");
    await storage.put(key, bytes, "application/pdf");
    await prisma.storedFile.create({
      data: { visibility: "PRIVATE", storageKey: key, contentType: "application/pdf", byteSize: bytes.length },
    });
    await prisma.auditLog.create({ data: { action: "test.backup", entityType: "Test", entityId: "1", after: {} } });
    return { key, bytes };
  } finally {
    await prisma.$disconnect();
  }
}

/** A source database filled with data, and the place to restore it to, for the kind of database this run uses. */
async function prepare() {
  const sourceFiles = createLocalFileStorage(path.join(workDir, "uploads-source"));
  if (template.kind === "server") {
    const source = await createDatabaseFromTemplate(template);
    cleanups.push(() => source.drop());
    const file = await fill(source.url, sourceFiles);
    const targetName = `ekraf_restore_${process.pid}_${Date.now()}`;
    const targetUrl = Object.assign(new URL(template.serverUrl), { pathname: `/${targetName}` }).toString();
    cleanups.push(() =>
      withClient(template.serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${targetName}" WITH (FORCE)`)),
    );
    const location: DatabaseLocation = { kind: "server", databaseUrl: source.url };
    const target: DatabaseLocation = { kind: "server", databaseUrl: targetUrl };
    return { location, target, targetUrl: async () => targetUrl, sourceFiles, file, holdSource: null };
  }
  const sourceDir = path.join(workDir, "source-pglite");
  fs.cpSync(template.dir, sourceDir, { recursive: true });
  const open = await openEmbeddedDatabase(sourceDir);
  const file = await fill(open.url, sourceFiles);
  await open.close();
  const targetDir = path.join(workDir, "target-pglite");
  const location: DatabaseLocation = { kind: "embedded", dataDir: sourceDir };
  const target: DatabaseLocation = { kind: "embedded", dataDir: targetDir };
  return {
    location,
    target,
    // Opened only to read it, and closed again by the caller.
    targetUrl: async () => {
      const database = await openEmbeddedDatabase(targetDir);
      cleanups.push(() => database.close());
      return database.url;
    },
    sourceFiles,
    file,
    holdSource: () => openEmbeddedDatabase(sourceDir),
  };
}

describe(`npm run backup / npm run restore (${template.kind} database)`, () => {
  it("restores the same listings, certifications, audit log and files, and refuses a database that holds data", async () => {
    const { location, target, targetUrl, sourceFiles, file, holdSource } = await prepare();
    const backupDir = path.join(workDir, "backup");

    if (holdSource) {
      // The embedded folder can only be copied while no running portal has it open.
      const running = await holdSource();
      await expect(createBackup(location, path.join(workDir, "refused"), sourceFiles)).rejects.toThrow(
        /in use by a running portal/,
      );
      await running.close();
    }

    const manifest = await createBackup(location, backupDir, sourceFiles);
    expect(manifest.tables.Listing!.count).toBeGreaterThan(10);
    expect(manifest.tables.Certification!.count).toBeGreaterThan(0);
    expect(manifest.tables.AuditLog!.count).toBe(2);
    expect(manifest.files).toEqual([expect.objectContaining({ key: file.key, byteSize: file.bytes.length })]);
    expect(fs.statSync(backupDir).mode & 0o777).toBe(0o700);
    await expect(createBackup(location, backupDir, sourceFiles)).rejects.toThrow(BackupError);

    const restoredFiles = createLocalFileStorage(path.join(workDir, "uploads-restored"));
    const restored = await restoreBackup({ backupDir, target, storage: restoredFiles });
    expect(restored.mismatches).toEqual([]);
    expect(restored.restored).toEqual(manifest.tables);
    expect(await restoredFiles.read(file.key)).toEqual(file.bytes);

    // A second restore over the data just restored is refused and changes nothing; with force it goes through.
    await expect(restoreBackup({ backupDir, target, storage: restoredFiles })).rejects.toThrow(RestoreRefused);
    const forced = await restoreBackup({ backupDir, target, storage: restoredFiles, force: true });
    expect(forced.mismatches).toEqual([]);
    if (target.kind === "embedded") expect(forced.movedAside && fs.existsSync(forced.movedAside)).toBe(true);

    // The comparison notices a changed row, so the ✓ above means something.
    await withClient(await targetUrl(), async (client) => {
      await client.query(
        `UPDATE "Listing" SET "summaryId" = "summaryId" || '!' WHERE "id" = (SELECT min("id") FROM "Listing")`,
      );
      const changed = compareTableChecksums(manifest.tables, await readTableChecksums(client));
      expect(changed.map((row) => row.table)).toEqual(["Listing"]);
    });
  });
});
