import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Env } from "@/lib/env";
import { openEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrations";
import { createScriptPrismaClient } from "@/lib/db/seed-client";
import { seedDatabase } from "@/prisma/seed";
import { binPath, productionServerPath, projectRoot, runCommand } from "@/lib/server/run-command";
import { backfillListingAreas } from "@/lib/geo/backfill-listing-areas";
import { isBuildCurrent } from "@/scripts/build-freshness";

export type PortalDatabase = { url: string; isEmbedded: boolean; close(): Promise<void> };

const log = (message: string) => console.log(`[portal] ${message}`);

export async function openPortalDatabase(env: Env): Promise<PortalDatabase> {
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, isEmbedded: false, close: async () => {} };
  }
  const dataDir = path.resolve(projectRoot, env.EMBEDDED_DATABASE_DIR);
  const embedded: EmbeddedDatabase = await openEmbeddedDatabase(dataDir);
  if (!embedded.isOwner) {
    throw new Error(
      `The embedded database in ${env.EMBEDDED_DATABASE_DIR} is already served by another running portal. ` +
        `Stop it first, or set EMBEDDED_DATABASE_DIR to another folder.`,
    );
  }
  return { url: embedded.url, isEmbedded: true, close: () => embedded.close() };
}

export async function prepareDatabase(env: Env, database: PortalDatabase) {
  const { applied } = await applyMigrations(database.url);
  if (applied.length > 0) log(`applied ${applied.length} migration(s): ${applied.join(", ")}`);
  const prisma = createScriptPrismaClient(database.url);
  try {
    const { isSeeded } = await seedDatabase(prisma, env.APP_ENV);
    if (isSeeded) log(env.APP_ENV === "demo" ? "seeded demo data" : "seeded reference data");
    const areas = await backfillListingAreas(prisma);
    if (areas.filled > 0) log(`derived the kelurahan of ${areas.filled} listing(s) from their points`);
    for (const { slug, problem } of areas.needsReview)
      log(`listing "${slug}" has a point staff must correct (${problem}); it keeps no kelurahan until then`);
  } finally {
    await prisma.$disconnect();
  }
}

/** Demo mode needs no configuration: a random AUTH_SECRET is made once and kept beside the embedded data. */
export function resolveAuthSecret(env: Env): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.APP_ENV === "production") throw new Error("AUTH_SECRET is required when APP_ENV=production");
  const file = path.resolve(projectRoot, path.dirname(env.EMBEDDED_DATABASE_DIR), "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

export async function buildIfNeeded() {
  if (isBuildCurrent()) return;
  log("building the production bundle (next build)…");
  const result = await runCommand(binPath("next"), ["build"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.code !== 0) throw new Error("next build failed (see the output above)");
}

export async function waitUntilHealthy(port: number, child: ChildProcess, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the production server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the portal did not become healthy within ${timeoutMs / 1000} s`);
}

/** Demo mode listens on loopback only; the opt-in to expose it is said loudly, since anyone could then sign in. */
export function describeDemoExposure(isPublic: boolean, port: number): string {
  if (!isPublic)
    return `  Demo mode answers on this machine only (127.0.0.1:${port}); DEMO_LISTEN_PUBLIC=1 exposes it.\n`;
  const line = "!".repeat(78);
  return (
    `${line}\n!! DEMO MODE IS EXPOSED TO THE NETWORK (DEMO_LISTEN_PUBLIC=1) on port ${port}.\n` +
    `!! Anyone who reaches it can sign in with the published demo passwords. Use APP_ENV=production for a server.\n` +
    `${line}\n`
  );
}

export async function startPortal(env: Env, options: { onStop?: () => Promise<void> } = {}) {
  const authSecret = resolveAuthSecret(env);
  const database = await openPortalDatabase(env);
  let child: ChildProcess | undefined;
  let isStopping = false;

  const stop = async (code: number) => {
    if (isStopping) return;
    isStopping = true;
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child?.once("exit", resolve));
    }
    await database.close();
    await options.onStop?.().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    await Promise.all([prepareDatabase(env, database), buildIfNeeded()]);
    const authUrl = env.AUTH_URL ?? `http://localhost:${env.PORT}`;
    child = spawn(process.execPath, [productionServerPath], {
      cwd: projectRoot,
      stdio: ["ignore", "inherit", "inherit"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        TZ: "Asia/Jakarta",
        PORT: String(env.PORT),
        APP_ENV: env.APP_ENV,
        DATABASE_URL: database.url,
        DATABASE_EMBEDDED: database.isEmbedded ? "1" : "0",
        AUTH_SECRET: authSecret,
        AUTH_URL: authUrl,
        DEMO_LISTEN_PUBLIC: env.DEMO_LISTEN_PUBLIC ? "1" : "0",
      },
    });
    child.on("exit", (code) => {
      if (!isStopping) void stop(code ?? 1);
    });
    await waitUntilHealthy(env.PORT, child);
    const mode = env.APP_ENV === "demo" ? "demo" : "production";
    const where = database.isEmbedded ? "embedded database" : "PostgreSQL";
    console.log(`\n✓ Portal Ekonomi Kreatif Kota Malang is ready at ${authUrl} (${mode} mode, ${where})\n`);
    if (env.APP_ENV === "demo") console.log(describeDemoExposure(env.DEMO_LISTEN_PUBLIC, env.PORT));
  } catch (error) {
    console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}`);
    await stop(1);
  }
}
