import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { connectToRunningOwner, openEmbeddedDatabase } from "@/lib/db/embedded";
import type { FileStorage } from "@/lib/storage/file-storage";
import {
  BackupError,
  FILES_FOLDER,
  readBackupManifest,
  sha256,
  type BackupManifest,
  type DatabaseLocation,
} from "./create-backup";
import { databaseNameOf, describeDatabaseUrl, restoreDatabase } from "./postgres-tools";
import {
  compareTableChecksums,
  readTableChecksums,
  type ChecksumComparison,
  type TableChecksums,
} from "./table-checksums";

/** The target already holds data and `force` was not given; nothing was changed. */
export class RestoreRefused extends BackupError {}

export type RestoreResult = {
  manifest: BackupManifest;
  restored: TableChecksums;
  mismatches: ChecksumComparison;
  filesRestored: number;
  filesMismatched: string[];
  /** Where the replaced embedded data folder was moved (only with force). */
  movedAside?: string;
};

/** Tables, views, sequences and enum types outside the system schemas: anything there makes a database non-empty. */
async function countUserObjects(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ count: number }>(`
    SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
              AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%')
         + (SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE t.typtype = 'e' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg\\_%') AS "count"`);
  return Number(rows[0]!.count);
}

async function connectCreatingDatabase(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    return client;
  } catch (error) {
    if ((error as { code?: string }).code !== "3D000") throw error; // 3D000: the database does not exist
  }
  const maintenance = new pg.Client({
    connectionString: Object.assign(new URL(databaseUrl), { pathname: "/postgres" }).toString(),
  });
  await maintenance.connect();
  try {
    await maintenance.query(`CREATE DATABASE "${databaseNameOf(databaseUrl).replaceAll('"', '""')}"`);
  } finally {
    await maintenance.end();
  }
  const created = new pg.Client({ connectionString: databaseUrl });
  await created.connect();
  return created;
}

async function restoreToServer(manifest: BackupManifest, backupDir: string, databaseUrl: string, force: boolean) {
  const client = await connectCreatingDatabase(databaseUrl);
  try {
    const objects = await countUserObjects(client);
    if (objects > 0 && !force) {
      throw new RestoreRefused(
        `The database ${describeDatabaseUrl(databaseUrl)} is not empty (${objects} tables, sequences or types). ` +
          `Restore into an empty database, or pass --force to replace everything in it.`,
      );
    }
    if (objects > 0) await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public");
  } finally {
    await client.end();
  }
  await restoreDatabase(databaseUrl, path.join(backupDir, manifest.databaseFile));
  const check = new pg.Client({ connectionString: databaseUrl });
  await check.connect();
  try {
    return { restored: await readTableChecksums(check) };
  } finally {
    await check.end();
  }
}

async function restoreToEmbedded(manifest: BackupManifest, backupDir: string, dataDir: string, force: boolean) {
  if (await connectToRunningOwner(dataDir)) {
    throw new RestoreRefused(`The embedded database in ${dataDir} is in use by a running portal: stop it first.`);
  }
  let movedAside: string | undefined;
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    if (!force) {
      throw new RestoreRefused(
        `${dataDir} already holds a database. Restore into an empty folder (EMBEDDED_DATABASE_DIR), or pass --force ` +
          `to move the current one aside and restore in its place.`,
      );
    }
    movedAside = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    fs.renameSync(dataDir, movedAside);
  }
  const tarball = new Blob([fs.readFileSync(path.join(backupDir, manifest.databaseFile))]);
  const database = await openEmbeddedDatabase(dataDir, { loadDataDir: tarball });
  try {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return { restored: await readTableChecksums(client), movedAside };
    } finally {
      await client.end();
    }
  } finally {
    await database.close();
  }
}

/** Checks the backup's own files against its manifest before anything is touched. */
function verifyBackupFiles(manifest: BackupManifest, backupDir: string) {
  if (!fs.existsSync(path.join(backupDir, manifest.databaseFile))) {
    throw new BackupError(`${backupDir} is incomplete: ${manifest.databaseFile} is missing.`);
  }
  const damaged = manifest.files.filter((file) => {
    const filePath = path.join(backupDir, FILES_FOLDER, file.key);
    return !fs.existsSync(filePath) || sha256(fs.readFileSync(filePath)) !== file.sha256;
  });
  if (damaged.length > 0) {
    throw new BackupError(
      `${damaged.length} uploaded file(s) in ${backupDir} are missing or damaged (e.g. ${damaged[0]!.key}); nothing was restored.`,
    );
  }
}

/**
 * Restores a backup made by createBackup into an empty database (or, with `force`, over an existing one), puts
 * its files back through FileStorage, and compares the restored tables with the manifest's counts and checksums.
 */
export async function restoreBackup(options: {
  backupDir: string;
  target: DatabaseLocation;
  storage: FileStorage;
  force?: boolean;
}): Promise<RestoreResult> {
  const { backupDir, target, storage } = options;
  const manifest = readBackupManifest(backupDir);
  if (manifest.kind !== target.kind) {
    throw new BackupError(
      manifest.kind === "server"
        ? "This backup is a pg_dump of a PostgreSQL server: restore it into a server database (set DATABASE_URL)."
        : "This backup is an embedded (PGlite) data folder: restore it with the embedded database (DATABASE_URL unset).",
    );
  }
  verifyBackupFiles(manifest, backupDir);
  const database: { restored: TableChecksums; movedAside?: string } =
    target.kind === "server"
      ? await restoreToServer(manifest, backupDir, target.databaseUrl, options.force ?? false)
      : await restoreToEmbedded(manifest, backupDir, target.dataDir, options.force ?? false);

  const filesMismatched: string[] = [];
  for (const file of manifest.files) {
    const bytes = fs.readFileSync(path.join(backupDir, FILES_FOLDER, file.key));
    await storage.put(file.key, bytes, file.contentType);
    const stored = await storage.read(file.key);
    if (!stored || sha256(stored) !== file.sha256) filesMismatched.push(file.key);
  }
  return {
    manifest,
    restored: database.restored,
    mismatches: compareTableChecksums(manifest.tables, database.restored),
    filesRestored: manifest.files.length - filesMismatched.length,
    filesMismatched,
    movedAside: database.movedAside,
  };
}
