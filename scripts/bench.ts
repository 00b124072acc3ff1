// `npm run bench [-- --listings 100000]`: fills a separate database on a real PostgreSQL server with generated
// listings, starts the production server on it and measures what visitors do (wrk, 50 connections, gzip accepted):
// one hot URL per page type, and the spread mode (a random URL per request over all profiles, all directory filter
// pairs, all subsectors, a list of search words), against the limit: Debian's nginx serving a precompressed copy of
// the same profile page, started by the bench on loopback. Prints one table with ratios, the page cache's figures
// and the server's memory before and after, plus search query times. Never part of `npm test`.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import pg from "pg";
import { buildIfNeeded } from "@/scripts/portal";
import { createBenchDatabase, startProductionServer, withDatabase, type BenchDatabase } from "@/scripts/bench-database";
import { getListingPath, listingKindPaths } from "@/lib/listings/kinds";
import type { ListingKind } from "@/lib/generated/prisma/enums";

const { values } = parseArgs({
  options: {
    listings: { type: "string", default: "10000" },
    // Seconds measured per row, after `warmup` seconds of the same load that are not counted.
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "3" },
    // A longer spread run over all profiles, printing the server's memory before and after (0: none).
    soak: { type: "string", default: "0" },
    // Profiles in the spread mode (a random sample, visited once before measuring, as a running site's traffic
    // would have done); 0: all of them, cold.
    "spread-profiles": { type: "string", default: "200" },
    port: { type: "string", default: "3300" },
    // nginx, the reference, listens here on loopback (default: port + 22).
    "reference-port": { type: "string" },
    keep: { type: "boolean", default: false },
    "search-only": { type: "boolean", default: false },
    // A database left by an earlier `--keep` run (its name is printed): measure again without refilling.
    reuse: { type: "string" },
    // The production server's own output is appended here (default: nowhere).
    "server-log": { type: "string" },
  },
});
const listingCount = Number(values.listings);
const duration = Number(values.duration);
const warmup = Number(values.warmup);
const soak = Number(values.soak);
const spreadProfiles = Number(values["spread-profiles"]);
const port = Number(values.port);
const referencePort = Number(values["reference-port"] ?? port + 22);
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!serverUrl) {
  console.error(
    "npm run bench needs a real PostgreSQL server: set BENCH_DATABASE_URL (or TEST_DATABASE_URL), e.g. postgresql://user:pass@127.0.0.1:5432/postgres",
  );
  process.exit(1);
}
for (const tool of ["wrk", "nginx"]) {
  if (spawnSync("sh", ["-c", `command -v ${tool}`]).status !== 0) {
    console.error(`npm run bench needs ${tool} (Debian: apt-get install -y wrk nginx)`);
    process.exit(1);
  }
}

const databaseName = `ekraf_bench_${listingCount}_${Date.now()}`;

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

type Row = { target: string; requestsPerSecond: number; p50: number; p99: number; errors: number };

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "ekraf-bench-"));
fs.chmodSync(workDir, 0o755); // nginx's workers (another user when started as root) read the page from here

/** Milliseconds from wrk's "2.81ms" / "850.00us" / "1.02s". */
function readDuration(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!match) return Number.NaN;
  const factor = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[match[2] as "us" | "ms" | "s" | "m"];
  return Number(match[1]) * factor;
}

/**
 * wrk, 2 threads, 50 connections, gzip accepted; `paths` is one URL (hot) or many, a random one per request
 * (spread). A warm-up of the same load first, not counted.
 */
function runWrk(origin: string, paths: string[], seconds: number) {
  const pathsFile = path.join(workDir, "paths.txt");
  fs.writeFileSync(pathsFile, `${paths.join("\n")}\n`);
  const script = path.join(workDir, "spread.lua");
  fs.writeFileSync(
    script,
    `local paths = {}
for line in io.lines("${pathsFile}") do paths[#paths + 1] = line end
local n = #paths
local seeded = false
request = function()
  if not seeded then math.randomseed(os.time() + math.floor(os.clock() * 1e6)); seeded = true end
  return wrk.format("GET", paths[math.random(n)])
end
done = function(summary, latency, requests)
  io.write(string.format("ERRORS %d\\n", summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
`,
  );
  const output = execFileSync(
    "wrk",
    [
      "-t2",
      "-c50",
      `-d${seconds}s`,
      "--timeout",
      "10s",
      "--latency",
      "-H",
      "Accept-Encoding: gzip",
      "-s",
      script,
      origin,
    ],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  const rate = /Requests\/sec:\s+([\d.]+)/.exec(output);
  const p50 = /^\s+50%\s+(\S+)/m.exec(output);
  const p99 = /^\s+99%\s+(\S+)/m.exec(output);
  const errors = /^ERRORS (\d+)/m.exec(output);
  return {
    requestsPerSecond: rate ? Number(rate[1]) : 0,
    p50: p50 ? readDuration(p50[1]!) : Number.NaN,
    p99: p99 ? readDuration(p99[1]!) : Number.NaN,
    errors: errors ? Number(errors[1]) : -1,
  };
}

function measure(target: string, origin: string, paths: string[]): Row {
  if (warmup > 0) runWrk(origin, paths, warmup);
  return { target, ...runWrk(origin, paths, duration) };
}

/** Debian's nginx on loopback serving `html` precompressed (gzip_static), as the limit of what a server can do. */
async function startReferenceNginx(html: string) {
  const root = path.join(workDir, "www");
  fs.mkdirSync(root, { mode: 0o755 });
  fs.writeFileSync(path.join(root, "page.html"), html);
  fs.writeFileSync(path.join(root, "page.html.gz"), zlib.gzipSync(html, { level: 9 }));
  for (const file of fs.readdirSync(root)) fs.chmodSync(path.join(root, file), 0o644);
  const config = path.join(workDir, "nginx.conf");
  fs.writeFileSync(
    config,
    `worker_processes auto;
pid ${workDir}/nginx.pid;
error_log ${workDir}/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/html html; }
  client_body_temp_path ${workDir}/body; proxy_temp_path ${workDir}/proxy; fastcgi_temp_path ${workDir}/fastcgi;
  uwsgi_temp_path ${workDir}/uwsgi; scgi_temp_path ${workDir}/scgi;
  server {
    listen 127.0.0.1:${referencePort};
    root ${root};
    gzip_static on;
    etag on;
  }
}
`,
  );
  const child = spawn("nginx", ["-c", config, "-p", workDir, "-g", "daemon off;"], { stdio: "inherit" });
  for (let attempt = 0; attempt < 50; attempt++) {
    const isUp = await fetch(`http://127.0.0.1:${referencePort}/page.html`).then(
      (response) => response.ok,
      () => false,
    );
    if (isUp) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin: `http://127.0.0.1:${referencePort}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGQUIT");
      }),
  };
}

/** Every URL of the spread mode, from the bench database itself. */
async function readSpreadPaths(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const listings = await client.query<{ kind: ListingKind; slug: string }>(
      `SELECT "kind", "slug" FROM "Listing" WHERE "status" = 'PUBLISHED'`,
    );
    const subsectors = await client.query<{ slug: string }>(`SELECT "slug" FROM "Subsector" ORDER BY "sortOrder"`);
    const kecamatan = ["blimbing", "kedungkandang", "klojen", "lowokwaru", "sukun"];
    const directories = Object.values(listingKindPaths).flatMap((kind) => [
      ...kecamatan.map((name) => `/${kind}?kecamatan=${name}`),
      ...subsectors.rows.map(({ slug }) => `/${kind}?subsektor=${slug}`),
    ]);
    const words = [
      "kopi",
      "batik",
      "studio",
      "keramik",
      "animasi",
      "gim",
      "foto",
      "tenun",
      "kriya",
      "musik",
      "desain",
      "kedai",
      "galeri",
      "sanggar",
      "pustaka",
      "radio",
      "teater",
      "busana",
      "arsitek",
      "tugu",
      "ijen",
      "arjuno",
      "kawi",
      "brantas",
      "kayutangan",
      "dinoyo",
      "tlogomas",
      "sukun",
      "blimbing",
      "lowokwaru",
    ];
    return {
      profiles: listings.rows.map((listing) => getListingPath(listing)),
      directories,
      subsectors: subsectors.rows.map(({ slug }) => `/subsektor/${slug}`),
      searches: words.map((word) => `/cari?q=${word}`),
    };
  } finally {
    await client.end();
  }
}

/** Asks for every URL once, four at a time, as earlier visitors would have. */
async function visitOnce(origin: string, paths: string[]) {
  const queue = [...paths];
  const started = Date.now();
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        // A kept-alive connection the server closed while idle fails once: ask again on a new one.
        for (let attempt = 0; attempt < 3; attempt++) {
          const isDone = await fetch(`${origin}${next}`, { headers: { "accept-encoding": "gzip" } }).then(
            (response) => response.arrayBuffer().then(() => true),
            () => false,
          );
          if (isDone) break;
        }
      }
    }),
  );
  console.log(`[bench] visited ${paths.length} URLs once in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Waits until the server answers its health check quickly again (renders a run left queued have finished). */
async function settle(origin: string) {
  for (let attempt = 0; attempt < 120; attempt++) {
    const started = performance.now();
    const isOk = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(5000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (isOk && performance.now() - started < 200) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function readRssMegabytes(pid: number | undefined) {
  if (!pid) return Number.NaN;
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kilobytes = /VmRSS:\s+(\d+)/.exec(status);
  return kilobytes ? Math.round(Number(kilobytes[1]) / 1024) : Number.NaN;
}

async function readPageCacheStats(origin: string) {
  await settle(origin);
  const health = await fetch(`${origin}/api/health`).then(
    (response) => response.json() as Promise<{ pageCache: unknown }>,
    (error: Error) => ({ pageCache: `unavailable: ${error.message}` }),
  );
  return health.pageCache;
}

const startedAt = Date.now();
if (!values.reuse) console.log(`[bench] filling ${databaseName} with ${listingCount} listings…`);
const database = await fillDatabase();
console.log(`[bench] filled in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
await buildIfNeeded();

try {
  const spread = await readSpreadPaths(database.url);
  const server = await startProductionServer({ port, databaseUrl: database.url, logFile: values["server-log"] });
  const origin = `http://127.0.0.1:${port}`;
  const profile = spread.profiles.find((p) => p.endsWith("/bench-2")) ?? spread.profiles[0]!;
  const html = await (await fetch(`${origin}${profile}`, { headers: { "accept-encoding": "identity" } })).text();
  const nginx = await startReferenceNginx(html);
  try {
    const rssAtStart = readRssMegabytes(server.child.pid);
    const rows: Row[] = [measure("nginx, precompressed copy of a profile (the limit)", nginx.origin, ["/page.html"])];
    for (const [label, hot] of [
      ["hot: home /", "/"],
      ["hot: directory /usaha?kecamatan=klojen", "/usaha?kecamatan=klojen"],
      [`hot: profile ${profile}`, profile],
      ["hot: search /cari?q=kopi%20tugu", "/cari?q=kopi%20tugu"],
      [`hot: subsector ${spread.subsectors[0]}`, spread.subsectors[0]!],
    ] as const) {
      // Asked for once before, as a running site's earlier visitors would have: the row measures serving, not the
      // first render (which, on a loaded machine, can take longer than the warm-up).
      await visitOnce(origin, [hot]);
      rows.push(measure(label, origin, [hot]));
    }
    const profiles =
      spreadProfiles > 0
        ? [...spread.profiles].sort(() => Math.random() - 0.5).slice(0, spreadProfiles)
        : spread.profiles;
    // Each spread row's URLs are asked for once right before it (not all at the start: on a loaded machine a render
    // takes seconds, and the first URLs would reach their maximum age before their row).
    for (const [label, paths] of [
      [`spread: a random profile of ${profiles.length} (of ${spread.profiles.length})`, profiles],
      [`spread: a random directory filter of ${spread.directories.length}`, spread.directories],
      [`spread: a random subsector of ${spread.subsectors.length}`, spread.subsectors],
      [`spread: a random search of ${spread.searches.length} words`, spread.searches],
    ] as const) {
      if (spreadProfiles > 0) await visitOnce(origin, [...paths]);
      rows.push(measure(label, origin, [...paths]));
    }
    const limit = rows[0]!.requestsPerSecond;
    console.log(
      `\nPages as deployed: wrk, 50 connections, ${warmup} s warm-up + ${duration} s per row, gzip accepted, ${listingCount} listings, one production server on ${os.cpus().length} cores`,
    );
    console.table(
      rows.map((row) => ({
        target: row.target,
        "req/s": Math.round(row.requestsPerSecond),
        "p50 ms": Number(row.p50.toFixed(2)),
        "p99 ms": Number(row.p99.toFixed(2)),
        "× limit": Number((row.requestsPerSecond / limit).toFixed(3)),
        errors: row.errors,
      })),
    );
    if (soak > 0) {
      await settle(origin);
      const before = readRssMegabytes(server.child.pid);
      runWrk(origin, spread.profiles, soak);
      console.log(
        `Soak: ${soak} s spread over ${spread.profiles.length} profiles: server RSS ${before} MB before, ${readRssMegabytes(server.child.pid)} MB after`,
      );
    }
    console.log(`Server RSS: ${rssAtStart} MB at start, ${readRssMegabytes(server.child.pid)} MB at the end`);
    console.log("Page cache (/api/health):", JSON.stringify(await readPageCacheStats(origin)));
  } finally {
    await nginx.stop();
    await server.stop();
  }
  const search = await measureSearchQueries(database.url);
  console.table(search.perQuery);
  console.log(
    `Search (searchDirectory: results + facets), ${search.samples} queries: p50 ${search.p50.toFixed(1)} ms, p95 ${search.p95.toFixed(1)} ms`,
  );
} finally {
  fs.rmSync(workDir, { recursive: true, force: true });
  if (!values.keep) await database.drop();
}
