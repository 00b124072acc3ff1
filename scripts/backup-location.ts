import path from "node:path";
import type { Env } from "@/lib/env";
import type { DatabaseLocation } from "@/lib/backup/create-backup";
import { projectRoot } from "@/lib/server/run-command";

/** The database `npm start` would use: DATABASE_URL's server, or the embedded folder; flags override both. */
export function resolveDatabaseLocation(
  env: Env,
  flags: { "database-url"?: string; "embedded-dir"?: string },
): DatabaseLocation {
  const databaseUrl = flags["database-url"] ?? (flags["embedded-dir"] ? undefined : env.DATABASE_URL);
  if (databaseUrl) return { kind: "server", databaseUrl };
  return { kind: "embedded", dataDir: path.resolve(projectRoot, flags["embedded-dir"] ?? env.EMBEDDED_DATABASE_DIR) };
}
