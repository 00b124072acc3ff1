import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { binPath, projectRoot, runCommand } from "@/lib/server/run-command";

const migrationsDir = path.join(projectRoot, "prisma", "migrations");

export function listCommittedMigrations(): string[] {
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export async function listAppliedMigrations(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    const { hostname, port, pathname } = new URL(databaseUrl);
    throw new Error(
      `cannot connect to the database ${pathname.slice(1)} at ${hostname}:${port || 5432} (DATABASE_URL): ${(error as Error).message}`,
    );
  }
  try {
    const table = await client.query<{ name: string | null }>(
      `SELECT to_regclass('public._prisma_migrations')::text AS name`,
    );
    if (!table.rows[0]?.name) return [];
    const applied = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    return applied.rows.map((row) => row.migration_name);
  } finally {
    await client.end();
  }
}

/** Applies pending committed migrations with `prisma migrate deploy`; skips the CLI when nothing is pending. */
export async function applyMigrations(databaseUrl: string): Promise<{ applied: string[] }> {
  const applied = new Set(await listAppliedMigrations(databaseUrl));
  const pending = listCommittedMigrations().filter((name) => !applied.has(name));
  if (pending.length === 0) return { applied: [] };
  const result = await runCommand(binPath("prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1" },
    quiet: true,
  });
  if (result.code !== 0) {
    throw new Error(`prisma migrate deploy failed:\n${result.output}`);
  }
  return { applied: pending };
}
