// Shared by the measuring scripts (`npm run bench`, `npm run test:load`, `npm run test:faults`): a separate database
// on a real PostgreSQL server filled with generated listings, and the production server (lib/server/portal-server.mjs) on it.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrations";
import { createScriptPrismaClient } from "@/lib/db/seed-client";
import { seedDatabase } from "@/prisma/seed";
import { productionServerPath, projectRoot } from "@/lib/server/run-command";
import { waitUntilHealthy } from "@/scripts/portal";

export function withDatabase(serverUrl: string, database: string): string {
  return Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();
}

export async function runOnServer(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export type BenchDatabase = { name: string; url: string; drop(): Promise<void> };

/** Creates `name` on the server, migrates it, seeds the reference data and adds `listingCount` listings. */
export async function createBenchDatabase(options: {
  serverUrl: string;
  name: string;
  listingCount: number;
}): Promise<BenchDatabase> {
  const { serverUrl, name, listingCount } = options;
  const url = withDatabase(serverUrl, name);
  await runOnServer(serverUrl, `CREATE DATABASE "${name}"`);
  const drop = () => runOnServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  try {
    await applyMigrations(url);
    const prisma = createScriptPrismaClient(url);
    await seedDatabase(prisma, "production"); // reference data: subsectors, certification types, figures
    await prisma.$disconnect();
    await insertGeneratedListings(url, listingCount);
  } catch (error) {
    await drop().catch(() => {});
    throw error;
  }
  return { name, url, drop };
}

/** Listings `bench1` … `bench<count>` (slugs `bench-<n>`), published, a third of them certified. */
async function insertGeneratedListings(databaseUrl: string, listingCount: number) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Generated in SQL: names from word lists, spread over kinds, subsectors and kecamatan, a third certified.
    await client.query(`
    WITH words AS (
      SELECT ARRAY['Kopi','Batik','Studio','Keramik','Animasi','Gim','Foto','Tenun','Kriya','Musik','Desain','Kedai',
                   'Galeri','Sanggar','Rumah','Pustaka','Radio','Teater','Busana','Arsitek'] AS a,
             ARRAY['Tugu','Ijen','Arjuno','Kawi','Brantas','Panderman','Celaket','Semeru','Bromo','Kayutangan',
                   'Dinoyo','Sawojajar','Tlogomas','Sukun','Blimbing','Klojen','Lowokwaru','Janti','Bunul','Oro'] AS b,
             ARRAY['Lestari','Jaya','Kreatif','Nusantara','Mandiri','Abadi','Makmur','Sentosa','Indah','Bersama'] AS c
    ), subs AS (SELECT array_agg("id" ORDER BY "sortOrder") AS ids FROM "Subsector")
    INSERT INTO "Listing" ("id","kind","slug","status","nameId","summaryId","descriptionId","primarySubsectorId",
      "kecamatan","latitude","longitude","isSample","publishedAt","lastVerifiedAt","tags","updatedAt")
    SELECT 'bench' || g,
      (ARRAY['STARTUP_STUDIO','CREATIVE_BUSINESS','CREATIVE_BUSINESS','COMMUNITY','COWORKING','CAMPUS'])[1 + g % 6]::"ListingKind",
      'bench-' || g, 'PUBLISHED',
      w.a[1 + g % 20] || ' ' || w.b[1 + (g / 20) % 20] || ' ' || w.c[1 + (g / 400) % 10] || ' ' || g,
      'Usaha ' || lower(w.a[1 + g % 20]) || ' di ' || w.b[1 + (g / 20) % 20] || ' yang melayani warga Kota Malang.',
      'Data uji beban untuk mengukur kinerja portal; bukan usaha sungguhan.',
      s.ids[1 + g % 17],
      (ARRAY['BLIMBING','KEDUNGKANDANG','KLOJEN','LOWOKWARU','SUKUN'])[1 + g % 5]::"Kecamatan",
      -7.98 + ((g * 37) % 1000) / 20000.0, 112.63 + ((g * 53) % 1000) / 20000.0,
      true, now() - (g % 900) * interval '1 day', now() - (g % 500) * interval '1 day',
      ARRAY[lower(w.a[1 + g % 20])], now()
    FROM generate_series(1, ${listingCount}) g, words w, subs s`);
    await client.query(`
    INSERT INTO "Certification" ("id","listingId","typeId","status","number","expiresOn","updatedAt")
    SELECT 'benchcert' || g, 'bench' || g, (SELECT "id" FROM "CertificationType" ORDER BY "slug" LIMIT 1),
      'CERTIFIED', 'IDM' || g, (now() + ((g % 7) - 2) * interval '1 year')::date, now()
    FROM generate_series(1, ${listingCount}, 3) g`);
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}

export type ProductionServer = { child: ChildProcess; baseUrl: string; stop(): Promise<void> };

/**
 * The production server (lib/server/portal-server.mjs) of the current build on `databaseUrl`, answering on 127.0.0.1:`port` once /api/health is ok.
 * `env` adds to or overrides the defaults (demo mode, a fixed AUTH_SECRET, AUTH_URL on the same host).
 */
export async function startProductionServer(options: {
  port: number;
  databaseUrl: string;
  env?: Record<string, string>;
  /** The server's own output goes here (appended); without it, nowhere. */
  logFile?: string;
}): Promise<ProductionServer> {
  const { port, databaseUrl } = options;
  const baseUrl = `http://127.0.0.1:${port}`;
  const output = options.logFile ? fs.openSync(options.logFile, "a") : "ignore";
  const child = spawn(process.execPath, [productionServerPath], {
    cwd: projectRoot,
    stdio: ["ignore", output, output],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      APP_ENV: "demo",
      TZ: "Asia/Jakarta",
      DATABASE_URL: databaseUrl,
      DATABASE_EMBEDDED: "0",
      AUTH_SECRET: "bench-secret-bench-secret-bench-secret",
      AUTH_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
    },
  });
  if (typeof output === "number") fs.closeSync(output); // the child keeps its own copy
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
  try {
    await waitUntilHealthy(port, child, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { child, baseUrl, stop };
}
