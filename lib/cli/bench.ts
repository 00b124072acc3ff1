// `npm run bench [-- --listings 100000]`: fills a separate database on a real PostgreSQL server with generated
// listings, starts the production server on it and prints throughput and latency per page type (autocannon, 50
// connections) against a static file of the same server, plus search query times. Never part of `npm test`.
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrations";
import { createScriptPrismaClient } from "@/lib/db/seed-client";
import { seedDatabase } from "@/prisma/seed";
import { binPath, projectRoot } from "@/lib/cli/run";
import { buildIfNeeded } from "@/lib/cli/portal";

const { values } = parseArgs({
  options: {
    listings: { type: "string", default: "10000" },
    duration: { type: "string", default: "10" },
    port: { type: "string", default: "3300" },
    keep: { type: "boolean", default: false },
    "search-only": { type: "boolean", default: false },
  },
});
const listingCount = Number(values.listings);
const duration = Number(values.duration);
const port = Number(values.port);
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!serverUrl) {
  console.error(
    "npm run bench needs a real PostgreSQL server: set BENCH_DATABASE_URL (or TEST_DATABASE_URL), e.g. postgresql://user:pass@127.0.0.1:5432/postgres",
  );
  process.exit(1);
}

const databaseName = `ekraf_bench_${listingCount}_${Date.now()}`;
const withDatabase = (database: string) => Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();
const databaseUrl = withDatabase(databaseName);

async function onServer(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(sql);
  await client.end();
}

async function fillDatabase() {
  await onServer(`CREATE DATABASE "${databaseName}"`);
  await applyMigrations(databaseUrl);
  const prisma = createScriptPrismaClient(databaseUrl);
  await seedDatabase(prisma, "production"); // reference data: subsectors, certification types, figures
  await prisma.$disconnect();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
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
  await client.end();
}

function waitForServer(): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 60_000;
    const poll = async () => {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return resolve();
      } catch {
        // not yet listening
      }
      if (Date.now() > deadline) reject(new Error("server did not start"));
      else setTimeout(poll, 300);
    };
    void poll();
  });
}

async function measure(path: string) {
  const result = await autocannon({ url: `http://127.0.0.1:${port}${path}`, connections: 50, duration });
  return {
    path,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

async function measureSearchQueries() {
  process.env.DATABASE_URL = databaseUrl;
  const { parseDirectoryFilters } = await import("@/lib/directory/filters");
  const { searchDirectory } = await import("@/lib/directory/queries");
  const { getPrisma } = await import("@/lib/db/client");
  const queries = [
    "kopi",
    "batik tugu",
    "animasi",
    "kriya kayutangan",
    "musik",
    "gim",
    "kulinr",
    "brawi",
    "tenun ijen",
  ];
  const timings: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const q of queries) {
      const { filters } = parseDirectoryFilters({ q }, { knownSubsectorSlugs: [] });
      const started = performance.now();
      await searchDirectory(filters);
      timings.push(performance.now() - started);
    }
  }
  await getPrisma().$disconnect();
  timings.sort((a, b) => a - b);
  const at = (share: number) => timings[Math.min(timings.length - 1, Math.floor(share * timings.length))]!;
  return { samples: timings.length, p50: at(0.5), p95: at(0.95) };
}

if (values["search-only"]) {
  console.log(`[bench] filling ${databaseName} with ${listingCount} listings…`);
  await fillDatabase();
  try {
    const search = await measureSearchQueries();
    console.log(
      `Search (searchDirectory: results + facets), ${search.samples} queries at ${listingCount} listings: p50 ${search.p50.toFixed(1)} ms, p95 ${search.p95.toFixed(1)} ms`,
    );
  } finally {
    if (!values.keep) await onServer(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  }
  process.exit(0);
}

const startedAt = Date.now();
console.log(`[bench] filling ${databaseName} with ${listingCount} listings…`);
await fillDatabase();
console.log(`[bench] filled in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
await buildIfNeeded();
const server = spawn(binPath("next"), ["start", "-p", String(port)], {
  cwd: projectRoot,
  stdio: "ignore",
  env: {
    ...process.env,
    NODE_ENV: "production",
    APP_ENV: "demo",
    DATABASE_URL: databaseUrl,
    DATABASE_EMBEDDED: "0",
    AUTH_SECRET: "bench-secret-bench-secret-bench-secret",
    AUTH_URL: `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  },
});
try {
  await waitForServer();
  const warm = ["/", "/usaha", "/usaha/bench-2", "/cari?q=kopi", "/humans.txt"];
  for (const path of warm) await fetch(`http://127.0.0.1:${port}${path}`);
  const reference = await measure("/humans.txt");
  const rows = [reference];
  for (const path of ["/", "/usaha?kecamatan=klojen", "/usaha/bench-2", "/cari?q=kopi%20tugu"])
    rows.push(await measure(path));
  console.log(
    `\nPages at 50 connections, ${duration} s each, ${listingCount} listings (static reference: /humans.txt)`,
  );
  console.table(
    rows.map((row) => ({
      path: row.path,
      "req/s": Math.round(row.requestsPerSecond),
      "p50 ms": row.p50,
      "p99 ms": row.p99,
      "× static": (row.requestsPerSecond / reference.requestsPerSecond).toFixed(3),
      "non-2xx": row.non2xx,
      errors: row.errors,
    })),
  );
  const search = await measureSearchQueries();
  console.log(
    `Search (searchDirectory: results + facets), ${search.samples} queries: p50 ${search.p50.toFixed(1)} ms, p95 ${search.p95.toFixed(1)} ms`,
  );
} finally {
  server.kill("SIGTERM");
  if (!values.keep) await onServer(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
}
