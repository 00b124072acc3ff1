// `npm run restore -- --from <backup folder> [--force]`: restores a backup made by `npm run backup` into the
// database `npm start` would use (DATABASE_URL, or the embedded folder) and puts the uploaded files back through
// FileStorage. Refuses a database that already holds data unless --force is given. Afterwards it compares the
// restored listings, certifications, audit log and file records with the counts and checksums taken at backup
// time and exits 1 if anything differs.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigurationError, parseEnv } from "@/lib/env";
import { projectRoot } from "@/lib/server/run-command";
import { BackupError } from "@/lib/backup/create-backup";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { getFileStorage } from "@/lib/storage/file-storage";
import { resolveDatabaseLocation } from "@/scripts/backup-location";

const envFile = path.join(projectRoot, ".env");
if (fs.existsSync(envFile)) process.loadEnvFile(envFile);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    from: { type: "string" },
    force: { type: "boolean", default: false },
    "database-url": { type: "string" },
    "embedded-dir": { type: "string" },
  },
});

const backupDir = values.from ?? positionals[0];
if (!backupDir) {
  console.error("✗ Say which backup to restore: npm run restore -- --from <backup folder> [--force]");
  process.exit(1);
}

try {
  const env = parseEnv(process.env);
  const target = resolveDatabaseLocation(env, values);
  const started = Date.now();
  const result = await restoreBackup({
    backupDir: path.resolve(backupDir),
    target,
    storage: getFileStorage(),
    force: values.force,
  });
  if (result.movedAside) console.log(`  the previous data folder was moved to ${result.movedAside}`);
  console.table(
    Object.entries(result.manifest.tables).map(([table, expected]) => {
      const restored = result.restored[table];
      const isSame = restored?.count === expected.count && restored.checksum === expected.checksum;
      return {
        table,
        "rows in backup": expected.count,
        "rows restored": restored?.count ?? null,
        "checksum in backup": expected.checksum,
        "checksum restored": restored?.checksum ?? null,
        same: isSame ? "✓" : "✗",
      };
    }),
  );
  console.log(
    `  uploaded files: ${result.filesRestored} of ${result.manifest.files.length} restored and read back intact` +
      (result.filesMismatched.length > 0 ? `; differing: ${result.filesMismatched.join(", ")}` : ""),
  );
  if (result.mismatches.length > 0 || result.filesMismatched.length > 0) {
    console.error("✗ The restored data differs from the backup (see ✗ above).");
    process.exit(1);
  }
  console.log(
    `✓ Restored ${backupDir} (${result.manifest.createdAt}) in ${((Date.now() - started) / 1000).toFixed(1)} s: same listings, certifications, audit log and files.`,
  );
} catch (error) {
  const message = error instanceof ConfigurationError || error instanceof BackupError ? error.message : String(error);
  console.error(`✗ ${message}`);
  process.exit(1);
}
