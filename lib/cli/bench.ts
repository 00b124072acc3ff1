// `npm run bench [-- --listings 100000]`: fills a separate database on a real PostgreSQL server with generated
// listings, starts the production server on it and prints throughput and latency per page type (autocannon, 50
// connections) against a static file of the same server, plus search query times. Never part of `npm test`.
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { buildIfNeeded } from "@/lib/cli/portal";
import { createBenchDatabase, startProductionServer, withDatabase, type BenchDatabase } from "@/lib/cli/bench-database";

const { values } = parseArgs({
  options: {
    listings: { type: "string", default: "10000" },
    duration: { type: "string", default: "10" },
    port: { type: "string", default: "3300" },
    keep: { type: "boolean", default: false },
    "search-only": { type: "boolean", default: false },
    // A database left by an earlier `--keep` run (its name is printed): measure again without refilling.
    reuse: { type: "string" },
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

async function measure(path: string) {
  // Two seconds of the same load first, not counted: the JIT and the caches settle, so the first row measured
  // (the static reference) is not the one that pays for the warm-up.
  await autocannon({ url: `http://127.0.0.1:${port}${path}`, connections: 50, duration: 2 });
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

async function measureSearchQueries(databaseUrl: string) {
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
  const byQuery = new Map<string, { times: number[]; total: number }>();
  for (let round = 0; round < 20; round++) {
    for (const q of queries) {
      const { filters } = parseDirectoryFilters({ q }, { knownSubsectorSlugs: [] });
      const started = performance.now();
      const { total } = await searchDirectory(filters);
      const elapsed = performance.now() - started;
      timings.push(elapsed);
      const entry = byQuery.get(q) ?? { times: [], total };
      entry.times.push(elapsed);
      byQuery.set(q, entry);
    }
  }
  await getPrisma().$disconnect();
  const percentile = (values: number[], share: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
  };
  const perQuery = [...byQuery].map(([q, { times, total }]) => ({
    q,
    matches: total,
    "p50 ms": Number(percentile(times, 0.5).toFixed(1)),
    "max ms": Number(Math.max(...times).toFixed(1)),
  }));
  return { samples: timings.length, p50: percentile(timings, 0.5), p95: percentile(timings, 0.95), perQuery };
}

const fillDatabase = async (): Promise<BenchDatabase> => {
  if (!values.reuse) return createBenchDatabase({ serverUrl, name: databaseName, listingCount });
  return { name: values.reuse, url: withDatabase(serverUrl, values.reuse), drop: async () => {} };
};

if (values["search-only"]) {
  if (!values.reuse) console.log(`[bench] filling ${databaseName} with ${listingCount} listings…`);
  const database = await fillDatabase();
  try {
    const search = await measureSearchQueries(database.url);
    console.table(search.perQuery);
    console.log(
      `Search (searchDirectory: results + facets), ${search.samples} queries at ${values.reuse ?? `${listingCount} listings`}: p50 ${search.p50.toFixed(1)} ms, p95 ${search.p95.toFixed(1)} ms`,
    );
  } finally {
    if (!values.keep) await database.drop();
  }
  process.exit(0);
}

const startedAt = Date.now();
console.log(`[bench] filling ${databaseName} with ${listingCount} listings…`);
const database = await fillDatabase();
console.log(`[bench] filled in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
await buildIfNeeded();

/** The four page types and the static reference on a fresh production server, printed as one table. */
async function measurePages(label: string, env: Record<string, string>) {
  const server = await startProductionServer({ port, databaseUrl: database.url, env });
  try {
    const warm = ["/", "/usaha", "/usaha/bench-2", "/cari?q=kopi", "/humans.txt"];
    for (const path of warm) await fetch(`http://127.0.0.1:${port}${path}`);
    const reference = await measure("/humans.txt");
    const rows = [reference];
    for (const path of ["/", "/usaha?kecamatan=klojen", "/usaha/bench-2", "/cari?q=kopi%20tugu"])
      rows.push(await measure(path));
    console.log(
      `\nPages ${label}: 50 connections, ${duration} s each, ${listingCount} listings (static reference: /humans.txt)`,
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
  } finally {
    await server.stop();
  }
}

try {
  // As deployed (decision 008), then Next alone: what a page costs when the micro-cache has no copy of it.
  await measurePages("with the page micro-cache (as deployed)", {});
  await measurePages("without it (PAGE_MICROCACHE=off: Next's page cache only)", { PAGE_MICROCACHE: "off" });
  const search = await measureSearchQueries(database.url);
  console.table(search.perQuery);
  console.log(
    `Search (searchDirectory: results + facets), ${search.samples} queries: p50 ${search.p50.toFixed(1)} ms, p95 ${search.p95.toFixed(1)} ms`,
  );
} finally {
  if (!values.keep) await database.drop();
}
