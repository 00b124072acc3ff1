import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { openEmbeddedDatabase } from "@/lib/db/embedded";
import type { FileStorage } from "@/lib/storage/file-storage";
import { describeDatabaseUrl, dumpDatabase, readToolMajorVersion } from "./postgres-tools";
import { readTableChecksums, type TableChecksums } from "./table-checksums";

export type DatabaseLocation = { kind: "server"; databaseUrl: string } | { kind: "embedded"; dataDir: string };

export type BackupFileEntry = { key: string; contentType: string; byteSize: number; sha256: string };

export type BackupManifest = {
  format: 1;
  createdAt: string;
  kind: DatabaseLocation["kind"];
  /** Where the data came from, without credentials. */
  source: string;
  serverVersion: string;
  databaseFile: "database.dump" | "database.tar.gz";
  tables: TableChecksums;
  files: BackupFileEntry[];
  /** Files the database names but the storage no longer had when they were copied (see docs/security.md). */
  missingFiles: string[];
};

export const MANIFEST_FILE = "manifest.json";
export const FILES_FOLDER = "files";

export class BackupError extends Error {}

export const sha256 = (bytes: Uint8Array) => crypto.createHash("sha256").update(bytes).digest("hex");

type DatabaseSnapshot = {
  serverVersion: string;
  tables: TableChecksums;
  fileRows: { storageKey: string; contentType: string; byteSize: number }[];
};

async function readSnapshot(client: pg.ClientBase): Promise<DatabaseSnapshot> {
  const serverVersion = (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version;
  const tables = await readTableChecksums(client);
  const { rows: fileRows } = await client.query<DatabaseSnapshot["fileRows"][number]>(
    `SELECT "storageKey", "contentType", "byteSize" FROM "StoredFile" ORDER BY "storageKey"`,
  );
  return { serverVersion, tables, fileRows };
}

/**
 * A real PostgreSQL server, dumped while the portal runs: one REPEATABLE READ transaction exports its snapshot,
 * pg_dump dumps exactly that snapshot, and the checksums and the list of files are read in it too, so the dump,
 * the manifest and the copied files describe one moment.
 */
async function backupServer(databaseUrl: string, outDir: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const snapshotId = (await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id")).rows[0]!.id;
    const snapshot = await readSnapshot(client);
    const serverMajor = Number(snapshot.serverVersion.split(".")[0]);
    const toolMajor = await readToolMajorVersion("pg_dump");
    if (toolMajor < serverMajor) {
      throw new BackupError(
        `pg_dump ${toolMajor} cannot dump PostgreSQL ${snapshot.serverVersion}: install the client tools of version ${serverMajor} or newer (or set PG_DUMP)`,
      );
    }
    await dumpDatabase(databaseUrl, path.join(outDir, "database.dump"), snapshotId);
    await client.query("COMMIT");
    return { ...snapshot, source: describeDatabaseUrl(databaseUrl), databaseFile: "database.dump" as const };
  } finally {
    await client.end();
  }
}

/**
 * The embedded database: PGlite's own dump of its data folder (Debian's pg_dump cannot read PGlite's newer
 * PostgreSQL). One process owns the folder, so the portal must be stopped; the dump is then consistent.
 */
async function backupEmbedded(dataDir: string, outDir: string) {
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    throw new BackupError(`There is no embedded database in ${dataDir} (set EMBEDDED_DATABASE_DIR or DATABASE_URL).`);
  }
  const database = await openEmbeddedDatabase(dataDir);
  if (!database.isOwner || !database.dumpDataDir) {
    await database.close();
    throw new BackupError(
      `The embedded database in ${dataDir} is in use by a running portal. Stop it first (Ctrl+C in its terminal): ` +
        `its data folder can only be copied while no other process has it open.`,
    );
  }
  try {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    let snapshot: DatabaseSnapshot;
    try {
      snapshot = await readSnapshot(client);
    } finally {
      await client.end();
    }
    const tarball = await database.dumpDataDir();
    fs.writeFileSync(path.join(outDir, "database.tar.gz"), Buffer.from(await tarball.arrayBuffer()));
    return { ...snapshot, source: path.resolve(dataDir), databaseFile: "database.tar.gz" as const };
  } finally {
    await database.close();
  }
}

/**
 * Writes a backup into `outDir` (which must not exist or be empty): the database (pg_dump or PGlite's data-folder
 * dump), every uploaded file the database names, read through FileStorage (the local folder or S3), and a
 * manifest with row counts and checksums that `restoreBackup` checks the restored database against.
 */
export async function createBackup(
  location: DatabaseLocation,
  outDir: string,
  storage: FileStorage,
): Promise<BackupManifest> {
  if (fs.existsSync(outDir) && fs.readdirSync(outDir).length > 0) {
    throw new BackupError(`${outDir} is not empty: choose a new folder for the backup.`);
  }
  // A backup holds password hashes, second-factor secrets and private evidence: readable by its owner only.
  fs.mkdirSync(path.join(outDir, FILES_FOLDER), { recursive: true, mode: 0o700 });
  fs.chmodSync(outDir, 0o700);
  const database =
    location.kind === "server"
      ? await backupServer(location.databaseUrl, outDir)
      : await backupEmbedded(location.dataDir, outDir);

  fs.chmodSync(path.join(outDir, database.databaseFile), 0o600);

  const files: BackupFileEntry[] = [];
  const missingFiles: string[] = [];
  for (const row of database.fileRows) {
    const bytes = await storage.read(row.storageKey);
    if (!bytes) {
      missingFiles.push(row.storageKey);
      continue;
    }
    fs.writeFileSync(path.join(outDir, FILES_FOLDER, row.storageKey), bytes, { mode: 0o600 });
    files.push({ key: row.storageKey, contentType: row.contentType, byteSize: bytes.length, sha256: sha256(bytes) });
  }

  const manifest: BackupManifest = {
    format: 1,
    createdAt: new Date().toISOString(),
    kind: location.kind,
    source: database.source,
    serverVersion: database.serverVersion,
    databaseFile: database.databaseFile,
    tables: database.tables,
    files,
    missingFiles,
  };
  fs.writeFileSync(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}

export function readBackupManifest(backupDir: string): BackupManifest {
  const file = path.join(backupDir, MANIFEST_FILE);
  if (!fs.existsSync(file)) throw new BackupError(`${backupDir} is not a backup: ${MANIFEST_FILE} is missing.`);
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as BackupManifest;
  if (manifest.format !== 1) throw new BackupError(`${file}: unknown backup format ${String(manifest.format)}.`);
  return manifest;
}
