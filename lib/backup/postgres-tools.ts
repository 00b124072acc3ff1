import { runCommand } from "@/lib/server/run-command";

// Connection parameters libpq understands; anything else in a DATABASE_URL (e.g. Prisma's `schema`) is dropped.
const libpqParameters = new Set([
  "sslmode",
  "sslrootcert",
  "sslcert",
  "sslkey",
  "connect_timeout",
  "application_name",
  "options",
  "host",
]);

/**
 * A DATABASE_URL as pg_dump and pg_restore take it: the password goes into PGPASSWORD, so it never shows in the
 * process list, and only libpq's own query parameters stay.
 */
export function toLibpqConnection(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = "";
  for (const key of [...url.searchParams.keys()]) if (!libpqParameters.has(key)) url.searchParams.delete(key);
  return { url: url.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

export function databaseNameOf(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) || "postgres";
}

/** The URL with the password left out, for messages and the manifest. */
export function describeDatabaseUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.password = "";
  url.search = "";
  return url.toString();
}

async function run(tool: "pg_dump" | "pg_restore", args: string[], env: NodeJS.ProcessEnv) {
  const command = (tool === "pg_dump" ? process.env.PG_DUMP : process.env.PG_RESTORE) ?? tool;
  let result: { code: number; output: string };
  try {
    result = await runCommand(command, args, { env, quiet: true });
  } catch (error) {
    throw new Error(
      `${tool} could not be started (${(error as Error).message}): install the PostgreSQL client tools ` +
        `(Debian: apt-get install postgresql-client) or set ${tool === "pg_dump" ? "PG_DUMP" : "PG_RESTORE"} to its path`,
    );
  }
  if (result.code !== 0) throw new Error(`${tool} failed: ${result.output.trim()}`);
  return result.output;
}

/** The major version of the client tool, e.g. 15 (pg_dump refuses servers newer than itself). */
export async function readToolMajorVersion(tool: "pg_dump" | "pg_restore"): Promise<number> {
  const output = await run(tool, ["--version"], process.env);
  const major = Number(/(\d+)(?:\.\d+)?/.exec(output)?.[1]);
  if (!Number.isFinite(major)) throw new Error(`cannot read the version of ${tool}: ${output.trim()}`);
  return major;
}

/** A custom-format dump (compressed, restorable table by table) of the snapshot `snapshot` exported by a session. */
export async function dumpDatabase(databaseUrl: string, file: string, snapshot: string) {
  const connection = toLibpqConnection(databaseUrl);
  await run(
    "pg_dump",
    ["--format=custom", "--no-owner", "--no-privileges", `--snapshot=${snapshot}`, `--file=${file}`, connection.url],
    connection.env,
  );
}

/** Restores a custom-format dump in one transaction: either everything is restored or nothing is. */
export async function restoreDatabase(databaseUrl: string, file: string) {
  const connection = toLibpqConnection(databaseUrl);
  await run(
    "pg_restore",
    ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${connection.url}`, file],
    connection.env,
  );
}
