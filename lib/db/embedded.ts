// The embedded PostgreSQL (PGlite) behind `npm start` and the tests. PGlite takes no lock on its folder and
// two processes opening one folder corrupt it, so exactly one process owns a folder (a lock file next to it)
// and serves it over the Postgres wire protocol; every other process connects through that socket.
import fs from "node:fs";
import path from "node:path";
import net from "node:net";

export type EmbeddedDatabase = {
  url: string;
  isOwner: boolean;
  close(): Promise<void>;
  /** The owner only: a tarball of the data folder, for backups (PGlite's own dump; pg_dump cannot read it). */
  dumpDataDir?: () => Promise<Blob>;
};

type LockContent = { pid: number; port: number; startedAt: string };

export class EmbeddedDatabaseBusyError extends Error {}

function lockPathOf(dataDir: string) {
  return `${path.resolve(dataDir)}.lock`;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLock(lockPath: string): LockContent | null {
  try {
    return JSON.parse(fs.readFileSync(lockPath, "utf8")) as LockContent;
  } catch {
    return null;
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

export function embeddedUrl(port: number) {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

/** Connects to the owner of `dataDir` if there is a live one, or fails with a message that says who owns it. */
export async function connectToRunningOwner(dataDir: string): Promise<string | null> {
  const lock = readLock(lockPathOf(dataDir));
  if (!lock || !isProcessAlive(lock.pid)) return null;
  if (lock.port > 0 && (await canConnect(lock.port))) return embeddedUrl(lock.port);
  throw new EmbeddedDatabaseBusyError(
    `The embedded database in ${dataDir} is in use by process ${lock.pid}, which is not accepting connections. ` +
      `Stop that process (or wait for it to finish starting) and try again.`,
  );
}

/**
 * Opens the embedded database in `dataDir` as its owner, serving it on 127.0.0.1. If another live process
 * already owns the folder, returns a connection through that owner's socket instead (isOwner = false).
 */
export async function openEmbeddedDatabase(
  dataDir: string,
  options: {
    port?: number;
    /** Restores a dumpDataDir tarball into a folder that holds no database yet. */
    loadDataDir?: Blob;
  } = {},
): Promise<EmbeddedDatabase> {
  const existing = await connectToRunningOwner(dataDir);
  if (existing) return { url: existing, isOwner: false, close: async () => {} };

  const lockPath = lockPathOf(dataDir);
  fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const stale = readLock(lockPath);
  if (stale && !isProcessAlive(stale.pid)) fs.rmSync(lockPath, { force: true });

  let lockFd: number;
  try {
    lockFd = fs.openSync(lockPath, "wx");
  } catch {
    throw new EmbeddedDatabaseBusyError(
      `The embedded database in ${dataDir} is being opened by another process (lock file ${lockPath}).`,
    );
  }
  const writeLock = (port: number) =>
    fs.writeFileSync(lockPath, JSON.stringify({ pid: process.pid, port, startedAt: new Date().toISOString() }));
  fs.closeSync(lockFd);
  writeLock(0);

  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
    const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
    const db = await PGlite.create(path.resolve(dataDir), {
      extensions: { pg_trgm },
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    // Several connections are multiplexed onto PGlite's single backend; the app keeps one (pool max 1) so that
    // interactive transactions are not interleaved, and a script can still connect beside it.
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: options.port ?? 0, maxConnections: 4 });
    await server.start();
    const port = Number(server.getServerConn().split(":").pop());
    writeLock(port);

    let isClosed = false;
    return {
      url: embeddedUrl(port),
      isOwner: true,
      dumpDataDir: () => db.dumpDataDir("gzip"),
      async close() {
        if (isClosed) return;
        isClosed = true;
        await server.stop();
        await db.close();
        fs.rmSync(lockPath, { force: true });
      },
    };
  } catch (error) {
    fs.rmSync(lockPath, { force: true });
    throw error;
  }
}
