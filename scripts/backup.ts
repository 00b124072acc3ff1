// `npm run backup [-- --out <folder>]`: a consistent backup of the database and the uploaded files. With
// DATABASE_URL (a PostgreSQL server) it uses pg_dump on one exported snapshot and may run while the portal
// serves; with the embedded database it copies PGlite's data folder, for which the portal must be stopped.
// Files are read through FileStorage, so the local UPLOAD_DIR and S3 are backed up the same way.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigurationError, parseEnv } from "@/lib/env";
import { projectRoot } from "@/lib/server/run-command";
import { BackupError, createBackup } from "@/lib/backup/create-backup";
import { getFileStorage } from "@/lib/storage/file-storage";
import { resolveDatabaseLocation } from "@/scripts/backup-location";

const envFile = path.join(projectRoot, ".env");
if (fs.existsSync(envFile)) process.loadEnvFile(envFile);

const { values } = parseArgs({
  options: {
    out: { type: "string" },
    "database-url": { type: "string" },
    "embedded-dir": { type: "string" },
  },
});

try {
  const env = parseEnv(process.env);
  const location = resolveDatabaseLocation(env, values);
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const outDir = path.resolve(values.out ?? path.join(projectRoot, ".data", "backups", `ekraf-${stamp}`));
  const started = Date.now();
  const manifest = await createBackup(location, outDir, getFileStorage());
  const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  const databaseBytes = fs.statSync(path.join(outDir, manifest.databaseFile)).size;
  const fileBytes = manifest.files.reduce((sum, file) => sum + file.byteSize, 0);
  console.log(`✓ Backup written to ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(
    `  database: ${manifest.databaseFile} (${megabytes(databaseBytes)} MB, ${manifest.kind === "server" ? "pg_dump" : "PGlite data folder"} of ${manifest.source}, PostgreSQL ${manifest.serverVersion})`,
  );
  console.log(`  uploaded files: ${manifest.files.length} (${megabytes(fileBytes)} MB)`);
  console.table(
    Object.entries(manifest.tables).map(([table, sum]) => ({ table, rows: sum.count, checksum: sum.checksum })),
  );
  if (manifest.missingFiles.length > 0) {
    console.warn(
      `! ${manifest.missingFiles.length} file(s) named in the database were not in the storage (e.g. ${manifest.missingFiles[0]}); see docs/security.md.`,
    );
  }
  console.log("  Keep it private: it holds password hashes, second-factor secrets and private evidence files.");
} catch (error) {
  const message = error instanceof ConfigurationError || error instanceof BackupError ? error.message : String(error);
  console.error(`✗ ${message}`);
  process.exit(1);
}
