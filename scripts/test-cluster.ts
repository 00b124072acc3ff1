// `npm run test:cluster` (not part of `npm test`; a few minutes): the several-machines set-up of
// docs/deployment.md, on loopback only — PostgreSQL primary with a streaming replica, s3rver as object storage,
// Redis as the shared page cache, two production instances started by the launcher (`npm start`), nginx as a
// round-robin load balancer — then checks what several instances must get right, prints what it measured, and
// stops everything it started, also on failure. A missing system package makes it skip with a message.
// `-- --page-cache off` runs the same checks without Redis and with no page cache (the other option of
// docs/decisions/007); `-- --page-cache local` keeps each instance's own cache, to see what that gets wrong.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import autocannon from "autocannon";
import { generate, generateSecret } from "otplib";
import pg from "pg";
import S3rver from "s3rver";
import { hashPassword } from "@/lib/auth/password";
import { createScriptPrismaClient } from "@/lib/db/seed-client";
import { binPath, projectRoot } from "@/lib/server/run-command";

const PG_BIN = "/usr/lib/postgresql/15/bin";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const tools: Record<string, string> = {
  "PostgreSQL 15 (apt-get install -y postgresql-15)": `${PG_BIN}/pg_ctl`,
  "nginx (apt-get install -y nginx)": "/usr/sbin/nginx",
  "Redis (apt-get install -y redis-server)": "/usr/bin/redis-server",
  "Chromium (apt-get install -y chromium)": CHROMIUM,
};

const { values: options } = parseArgs({ options: { "page-cache": { type: "string", default: "redis" } } });
const pageCache = options["page-cache"];
if (!["redis", "off", "local"].includes(pageCache)) {
  console.error('--page-cache must be "redis" (default), "off" or "local"');
  process.exit(2);
}

const log = (message: string) => console.log(`[cluster] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const isRoot = process.getuid?.() === 0;

type CheckResult = { name: string; ok: boolean; detail: string };
const results: CheckResult[] = [];
const figures: [string, string][] = [];
const cleanups: (() => Promise<void>)[] = [];

async function check(name: string, run: () => Promise<string>) {
  const started = Date.now();
  try {
    const detail = await run();
    results.push({ name, ok: true, detail });
    log(`✓ ${name} — ${detail} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0]! : String(error);
    results.push({ name, ok: false, detail });
    log(`✗ ${name} — ${detail}`);
  }
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** PostgreSQL refuses to run as root: as root, its commands run as Debian's `postgres` user. */
function pgCommand(binary: string, args: string[]): [string, string[]] {
  return isRoot ? ["runuser", ["-u", "postgres", "--", `${PG_BIN}/${binary}`, ...args]] : [`${PG_BIN}/${binary}`, args];
}

function run(command: string, args: string[], options: SpawnOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], ...options });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${path.basename(command)} ${args.join(" ")}: ${output.trim()}`)),
    );
  });
}

/** A long-running process in its own process group (so its children stop with it), output in a log file. */
function startProcess(name: string, command: string, args: string[], options: SpawnOptions & { logFile: string }) {
  const out = fs.openSync(options.logFile, "a");
  const child = spawn(command, args, { ...options, detached: true, stdio: ["ignore", out, out] });
  fs.closeSync(out);
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, signal);
    if (await Promise.race([exited.then(() => true), sleep(20_000).then(() => false)])) return;
    log(`${name} did not stop within 20 s; killing it`);
    process.kill(-child.pid, "SIGKILL");
    await exited;
  };
  cleanups.push(() => stop());
  return { child, stop };
}

async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs: number, child?: ChildProcess) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${what}: the process exited with code ${child.exitCode}`);
    if (await probe().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`${what}: not ready within ${timeoutMs / 1000} s`);
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------------------------

const missing = Object.entries(tools).filter(
  ([name, file]) => !fs.existsSync(file) && (pageCache === "redis" || !name.startsWith("Redis")),
);
if (missing.length > 0) {
  console.log(`test:cluster SKIPPED: not installed here: ${missing.map(([name]) => name).join(", ")}.`);
  process.exit(0);
}
if (isRoot && !(await run("id", ["-u", "postgres"]).catch(() => ""))) {
  console.log("test:cluster SKIPPED: running as root and there is no `postgres` user to run PostgreSQL as.");
  process.exit(0);
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), "ekraf-cluster-"));
fs.chmodSync(root, 0o755); // nginx's workers and the postgres user need to reach their folders
let isCleaningUp = false;
async function cleanUp() {
  if (isCleaningUp) return;
  isCleaningUp = true;
  for (const cleanup of cleanups.reverse()) await cleanup().catch((error) => log(`clean-up: ${error}`));
  fs.rmSync(root, { recursive: true, force: true });
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping everything`);
    void cleanUp().finally(() => process.exit(1));
  });
}

const dbPassword = crypto.randomBytes(12).toString("hex");
const ports = {
  primary: await freePort(),
  replica: await freePort(),
  redis: await freePort(),
  a: await freePort(),
  b: await freePort(),
  nginx: await freePort(),
  edge: await freePort(),
};
const databaseUrl = `postgresql://ekraf:${dbPassword}@127.0.0.1:${ports.primary}/ekraf`;
const replicaUrl = `postgresql://ekraf:${dbPassword}@127.0.0.1:${ports.replica}/ekraf`;
const portalUrl = `http://127.0.0.1:${ports.nginx}`;
// The same nginx with the proxy_cache of docs/deployment.md in front of both instances.
const edgeUrl = `http://127.0.0.1:${ports.edge}`;
const pgEnv = { ...process.env, PGPASSWORD: dbPassword };

async function startPostgres() {
  // One folder for both servers, their logs and the password file, owned by whoever runs PostgreSQL.
  const pgRoot = path.join(root, "pg");
  fs.mkdirSync(pgRoot, { mode: 0o700 });
  const primaryDir = path.join(pgRoot, "primary");
  const replicaDir = path.join(pgRoot, "replica");
  const passwordFile = path.join(pgRoot, "password");
  fs.writeFileSync(passwordFile, dbPassword, { mode: 0o600 });
  if (isRoot) {
    const [uid, gid] = await postgresIds();
    fs.chownSync(pgRoot, uid, gid);
    fs.chownSync(passwordFile, uid, gid);
  }
  await run(
    ...pgCommand("initdb", [
      "-D",
      primaryDir,
      "-U",
      "ekraf",
      `--pwfile=${passwordFile}`,
      "--auth=scram-sha-256",
      "--encoding=UTF8",
      "--locale=C.UTF-8",
    ]),
  );
  const settings = (port: number) =>
    [
      `port = ${port}`,
      "listen_addresses = '127.0.0.1'",
      "unix_socket_directories = ''",
      "wal_level = replica",
      "max_wal_senders = 4",
      "hot_standby = on",
      "fsync = off",
      "",
    ].join("\n");
  fs.appendFileSync(path.join(primaryDir, "postgresql.conf"), settings(ports.primary));
  await run(...pgCommand("pg_ctl", ["-D", primaryDir, "-l", path.join(pgRoot, "primary.log"), "-w", "start"]));
  cleanups.push(async () => void (await run(...pgCommand("pg_ctl", ["-D", primaryDir, "-m", "fast", "-w", "stop"]))));
  await sql(databaseUrl.replace(/\/ekraf$/, "/postgres"), "CREATE DATABASE ekraf");

  await run(
    ...pgCommand("pg_basebackup", [
      "-h",
      "127.0.0.1",
      "-p",
      String(ports.primary),
      "-U",
      "ekraf",
      "-D",
      replicaDir,
      "-R",
      "-X",
      "stream",
      "--checkpoint=fast",
    ]),
    { env: pgEnv },
  );
  fs.appendFileSync(path.join(replicaDir, "postgresql.auto.conf"), `port = ${ports.replica}\n`);
  const replicaLog = path.join(pgRoot, "replica.log");
  await run(...pgCommand("pg_ctl", ["-D", replicaDir, "-l", replicaLog, "-w", "start"]));
  const stopReplica = async () => {
    if (fs.existsSync(path.join(replicaDir, "postmaster.pid")))
      await run(...pgCommand("pg_ctl", ["-D", replicaDir, "-m", "fast", "-w", "stop"]));
  };
  cleanups.push(stopReplica);
  return { stopReplica };
}

async function postgresIds(): Promise<[number, number]> {
  const uid = Number((await run("id", ["-u", "postgres"])).trim());
  const gid = Number((await run("id", ["-g", "postgres"])).trim());
  return [uid, gid];
}

async function startS3() {
  const directory = path.join(root, "s3");
  fs.mkdirSync(directory);
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: "ekraf-cluster" }],
  });
  const { port } = await server.run();
  cleanups.push(() => server.close());
  return { endpoint: `http://127.0.0.1:${port}`, directory };
}

function startRedis() {
  return startProcess(
    "redis-server",
    "/usr/bin/redis-server",
    ["--port", String(ports.redis), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", root],
    { logFile: path.join(root, "redis.log") },
  );
}

function startNginx() {
  const prefix = path.join(root, "nginx");
  fs.mkdirSync(prefix, { mode: 0o755 });
  // Round robin over both instances; the test pins a request to one with `X-Cluster-Instance: a|b` to check
  // what crosses instances. A GET that finds an instance gone is retried on the other; a POST never is.
  const config = `
daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  client_max_body_size 8m;
  upstream portal { server 127.0.0.1:${ports.a} max_fails=1 fail_timeout=10s; server 127.0.0.1:${ports.b} max_fails=1 fail_timeout=10s; keepalive 16; }
  upstream portal_a { server 127.0.0.1:${ports.a}; keepalive 4; }
  upstream portal_b { server 127.0.0.1:${ports.b}; keepalive 4; }
  map $http_x_cluster_instance $portal_upstream { default portal; a portal_a; b portal_b; }
  # HTTP cache in front (docs/deployment.md, "An HTTP cache in front"): public pages for 1 s, then served stale
  # while one request refreshes them; never a page for one person, a router payload or an action.
  proxy_cache_path ${prefix}/cache levels=1:2 keys_zone=portal_pages:10m max_size=256m inactive=10m use_temp_path=off;
  map $upstream_http_cache_control $portal_not_shared { ~*(private|no-store|no-cache) 1; ~*s-maxage 0; default 1; }
  server {
    listen 127.0.0.1:${ports.edge};
    keepalive_requests 1000000;
    location / {
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_cache portal_pages;
      proxy_ignore_headers Cache-Control Expires;
      proxy_cache_valid 200 1s;
      proxy_no_cache $portal_not_shared $http_rsc $http_next_router_prefetch $http_next_action $arg__rsc;
      proxy_cache_bypass $http_rsc $http_next_router_prefetch $http_next_action $arg__rsc;
      proxy_cache_use_stale updating error timeout http_502 http_503;
      proxy_cache_background_update on;
      proxy_cache_lock on;
      add_header X-Cache-Status $upstream_cache_status always;
    }
  }
  server {
    listen 127.0.0.1:${ports.nginx};
    # The load checks send thousands of requests per connection. nginx's default (1,000) closes a connection
    # mid-run; autocannon ignores "Connection: close", so an unlucky close counts as a lost request.
    keepalive_requests 1000000;
    location / {
      proxy_pass http://$portal_upstream;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout http_502 http_503;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
  const configFile = path.join(prefix, "nginx.conf");
  fs.writeFileSync(configFile, config);
  return startProcess("nginx", "/usr/sbin/nginx", ["-p", prefix, "-c", configFile, "-e", `${prefix}/error.log`], {
    logFile: path.join(root, "nginx.log"),
  });
}

function startInstance(name: "a" | "b", env: Record<string, string>) {
  const port = ports[name];
  const uploadDir = path.join(root, `uploads-${name}`);
  // The page cache is this run's choice; the rest of this shell's environment is passed on.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== "PAGE_CACHE" && key !== "REDIS_URL"),
  );
  const instance = startProcess(`instance ${name}`, binPath("tsx"), ["scripts/start.ts"], {
    cwd: projectRoot,
    env: { ...inherited, ...env, NODE_ENV: "production", PORT: String(port), UPLOAD_DIR: uploadDir },
    logFile: path.join(root, `instance-${name}.log`),
  });
  return { ...instance, port, uploadDir, name };
}

/** Resident memory of a process and its descendants, in MB (the launcher and its production server). */
async function residentMegabytes(pid: number): Promise<{ launcher: number; server: number }> {
  const table = (await run("ps", ["-e", "-o", "pid=,ppid=,rss="]))
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const descendants = (parent: number): number[] =>
    table.filter(([, ppid]) => ppid === parent).flatMap(([child]) => [child, ...descendants(child)]);
  const rssOf = (ids: number[]) => table.filter(([id]) => ids.includes(id)).reduce((sum, [, , rss]) => sum + rss, 0);
  return { launcher: rssOf([pid]) / 1024, server: rssOf(descendants(pid)) / 1024 };
}

async function fetchThrough(instance: "a" | "b" | null, pathname: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (instance) headers.set("x-cluster-instance", instance);
  return fetch(`${portalUrl}${pathname}`, { ...init, headers, redirect: "manual" });
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ baseURL: portalUrl, locale: "id-ID", timezoneId: "Asia/Jakarta" });
}

async function signIn(context: BrowserContext, email: string, password: string, totpSecret?: string) {
  const page = await context.newPage();
  await page.goto("/masuk");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  if (totpSecret) {
    const code = page.getByRole("textbox", { name: /kode/i });
    await code.waitFor({ timeout: 30_000 });
    await code.fill(await generate({ secret: totpSecret }));
    await page.getByRole("button", { name: "Masuk" }).click();
  }
  await page
    .getByRole("heading", { level: 1, name: "Akun saya" })
    .waitFor({ timeout: 30_000 })
    .catch(async (error: Error) => {
      const main = (
        await page
          .getByRole("main")
          .innerText()
          .catch(() => "")
      )
        .replace(/\s+/g, " ")
        .slice(0, 200);
      throw new Error(`sign-in as ${email} ended at ${page.url()} showing "${main}" (${error.message.split("\n")[0]})`);
    });
  return page;
}

// A 1×1 PNG: the portal re-encodes it to WebP on upload.
const tinyPng = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

async function main() {
  const startedAt = Date.now();
  log(`working folder ${root}`);
  const postgres = await startPostgres();
  log(`PostgreSQL primary on ${ports.primary}, streaming replica on ${ports.replica}`);
  const s3 = await startS3();
  log(`s3rver on ${s3.endpoint}`);
  if (pageCache === "redis") {
    startRedis();
    await waitFor(
      "Redis",
      async () => (await run("redis-cli", ["-p", String(ports.redis), "ping"])).includes("PONG"),
      10_000,
    );
    log(`Redis on ${ports.redis}`);
  } else {
    log(pageCache === "off" ? "no Redis: PAGE_CACHE=off" : "no Redis: each instance keeps its own page cache");
  }

  const sharedEnv: Record<string, string> = {
    APP_ENV: "production",
    DATABASE_URL: databaseUrl,
    DATABASE_REPLICA_URLS: replicaUrl,
    DATABASE_POOL_MAX: "5",
    AUTH_SECRET: crypto.randomBytes(32).toString("base64"),
    AUTH_URL: portalUrl,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
    ...(pageCache === "redis" ? { REDIS_URL: `redis://127.0.0.1:${ports.redis}/0` } : {}),
    ...(pageCache === "off" ? { PAGE_CACHE: "off" } : {}),
    S3_ENDPOINT: s3.endpoint,
    S3_BUCKET: "ekraf-cluster",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    S3_REGION: "us-east-1",
    S3_FORCE_PATH_STYLE: "true",
    TRUSTED_CLIENT_IP_HEADER: "x-forwarded-for",
  };
  // Instance a migrates, seeds reference data and builds if the sources changed; b then finds all of it done.
  const a = startInstance("a", sharedEnv);
  await waitFor("instance a", async () => (await fetch(`http://127.0.0.1:${ports.a}/api/health`)).ok, 600_000, a.child);
  const b = startInstance("b", sharedEnv);
  await waitFor("instance b", async () => (await fetch(`http://127.0.0.1:${ports.b}/api/health`)).ok, 300_000, b.child);
  log(`instances on ${ports.a} and ${ports.b} (APP_ENV=production)`);
  startNginx();
  await waitFor("nginx", async () => (await fetch(`${portalUrl}/api/health`)).ok, 10_000);
  log(`nginx on ${portalUrl} (round robin)`);
  figures.push([
    "start-up (databases, build if needed, two instances, nginx)",
    `${((Date.now() - startedAt) / 1000).toFixed(0)} s`,
  ]);

  // People and a listing, written straight into the primary: production mode seeds no accounts.
  const prisma = createScriptPrismaClient(databaseUrl);
  const totpSecret = generateSecret();
  const password = "klaster uji ekraf malang";
  // Letters only: the search indexes it as one word.
  const letters = (length: number) =>
    Array.from(crypto.randomBytes(length), (byte) => String.fromCharCode(97 + (byte % 26))).join("");
  const token = letters(8);
  const listingName = `Kopi Klaster ${token}`;
  const subsector = await prisma.subsector.findFirstOrThrow({ orderBy: { sortOrder: "asc" } });
  const owner = await prisma.user.create({
    data: {
      email: `pemilik-${token}@contoh.id`,
      name: "Pemilik Klaster",
      role: "OWNER",
      passwordHash: await hashPassword(password),
      emailVerifiedAt: new Date(),
    },
  });
  await prisma.user.create({
    data: {
      email: `staf-${token}@contoh.id`,
      name: "Staf Klaster",
      role: "STAFF",
      passwordHash: await hashPassword(password),
      emailVerifiedAt: new Date(),
      totpSecret,
      totpEnabledAt: new Date(),
    },
  });
  const listing = await prisma.listing.create({
    data: {
      kind: "CREATIVE_BUSINESS",
      slug: `kopi-klaster-${token}`,
      status: "PUBLISHED",
      nameIndonesian: listingName,
      summaryIndonesian: "Kedai kopi uji untuk pemeriksaan klaster.",
      primarySubsectorId: subsector.id,
      publishedAt: new Date(),
      managers: { create: { userId: owner.id } },
    },
  });
  const profilePath = `/usaha/${listing.slug}`;
  const newSummary = `Ringkasan baru ${token} disetujui lewat instans A`;

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  cleanups.push(() => browser.close());
  const ownerContext = await newContext(browser);

  await check("nginx spreads requests over both instances and can pin one", async () => {
    const upstreams = new Set<string>();
    for (let i = 0; i < 6; i++)
      upstreams.add((await fetchThrough(null, "/api/health")).headers.get("x-upstream") ?? "");
    assert(upstreams.size === 2, `round robin reached ${[...upstreams].join(", ")}`);
    const pinned = (await fetchThrough("b", "/api/health")).headers.get("x-upstream");
    assert(pinned === `127.0.0.1:${ports.b}`, `pinned request went to ${pinned}`);
    return `round robin over ${[...upstreams].join(" and ")}`;
  });

  await check("a session made through instance A works through instance B", async () => {
    await ownerContext.setExtraHTTPHeaders({ "x-cluster-instance": "a" });
    const page = await signIn(ownerContext, owner.email, password);
    await ownerContext.setExtraHTTPHeaders({ "x-cluster-instance": "b" });
    await page.goto("/akun");
    await page.getByRole("heading", { level: 1, name: "Akun saya" }).waitFor({ timeout: 30_000 });
    await page.getByRole("link", { name: `Kelola: ${listingName}` }).waitFor({ timeout: 30_000 });
    await page.close();
    return "signed in through A, /akun through B shows the account and its listing";
  });

  let logoFileId: string | undefined;
  await check("a server action posted through B after its page came from A (with a logo upload to S3)", async () => {
    await ownerContext.setExtraHTTPHeaders({ "x-cluster-instance": "a" });
    const page = await ownerContext.newPage();
    await page.goto("/akun");
    await page.getByRole("link", { name: `Kelola: ${listingName}` }).click();
    await page.getByLabel("Ringkasan (Bahasa Indonesia)").waitFor({ timeout: 30_000 });
    await ownerContext.setExtraHTTPHeaders({ "x-cluster-instance": "b" });
    const actionResponse = page.waitForResponse((response) => response.request().method() === "POST");
    await page.getByLabel("Ringkasan (Bahasa Indonesia)").fill(newSummary);
    await page.getByLabel(/^Logo/).setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: tinyPng });
    await page.getByRole("button", { name: "Kirim perubahan untuk ditinjau" }).click();
    const upstream = (await actionResponse).headers()["x-upstream"];
    assert(upstream === `127.0.0.1:${ports.b}`, `the action went to ${upstream}`);
    await page
      .getByRole("main")
      .getByRole("status")
      .filter({ hasText: "dikirim untuk ditinjau" })
      .waitFor({ timeout: 30_000 });
    await page.close();
    const file = await prisma.storedFile.findFirst({
      where: { uploadedById: owner.id },
      orderBy: { createdAt: "desc" },
      select: { id: true, storageKey: true, visibility: true },
    });
    assert(file, "no stored file was recorded for the logo");
    logoFileId = file.id;
    assert(
      fs.readdirSync(s3.directory, { recursive: true }).some((entry) => String(entry).includes(file.storageKey)),
      "the logo is not in the bucket",
    );
    assert(!fs.existsSync(a.uploadDir) && !fs.existsSync(b.uploadDir), "an instance wrote to its local upload folder");
    const anonymous = await fetchThrough("a", `/api/files/${file.id}`);
    assert(anonymous.status === 404, `the private logo answered ${anonymous.status} to an anonymous request`);
    return `POST answered by B; logo stored in the bucket (private: anonymous request → 404)`;
  });

  await check("a staff approval through A is visible through B within 1 s, and through nginx's cache", async () => {
    // B holds the old profile in its cache first, so what is measured is the invalidation crossing instances.
    await fetchThrough("b", profilePath);
    await sleep(100);
    const cached = await fetchThrough("b", profilePath);
    const cacheState = cached.headers.get("x-page-cache");
    assert(cacheState === "HIT", `B did not answer from its page cache (x-page-cache: ${cacheState})`);
    assert((await cached.text()).includes(listingName), "profile not served through B");
    await fetch(`${edgeUrl}${profilePath}`);
    const edgeCached = await fetch(`${edgeUrl}${profilePath}`);
    const edgeState = edgeCached.headers.get("x-cache-status");
    assert(edgeState === "HIT" || edgeState === "UPDATING", `nginx's cache answered ${edgeState}`);

    const staffContext = await newContext(browser);
    await staffContext.setExtraHTTPHeaders({ "x-cluster-instance": "a" });
    const page = await signIn(staffContext, `staf-${token}@contoh.id`, password, totpSecret);
    await page.goto("/admin/moderasi");
    await page
      .getByRole("link", { name: `Tinjau: ${listingName}` })
      .first()
      .click();
    await page.getByRole("button", { name: "Setujui" }).click();
    await page.getByRole("main").getByRole("status").filter({ hasText: "Disetujui." }).waitFor({ timeout: 30_000 });
    const approvedAt = Date.now();
    await staffContext.close();

    const visibleAfter = async (read: () => Promise<Response>) => {
      while (Date.now() - approvedAt < 10_000) {
        if ((await (await read()).text()).includes(newSummary)) return Date.now() - approvedAt;
        await sleep(50);
      }
      return null;
    };
    const [throughB, throughEdge] = await Promise.all([
      visibleAfter(() => fetchThrough("b", profilePath)),
      visibleAfter(() => fetch(`${edgeUrl}${profilePath}`)),
    ]);
    const health = (await (await fetch(`http://127.0.0.1:${ports.b}/api/health`)).json()) as {
      pageCache: { purgeLagMs: number | null } | null;
    };
    const lag = health.pageCache?.purgeLagMs;
    figures.push(["approval through A → visible through B", `${throughB} ms (B's purge lag ${lag} ms)`]);
    figures.push(["approval through A → visible through nginx's proxy_cache", `${throughEdge} ms`]);
    assert(throughB !== null && throughEdge !== null, "the approved change was not visible within 10 s");
    if (pageCache === "redis") assert(throughB <= 1000, `visible through B only after ${throughB} ms`);
    else assert(throughB <= 2000, `visible through B only after ${throughB} ms`);
    assert(throughEdge <= 2500, `visible through nginx's cache only after ${throughEdge} ms`);
    return `B served the old page from its page cache; new summary through B after ${throughB} ms (purge lag ${lag} ms), through nginx's cache after ${throughEdge} ms`;
  });

  await check("the approved logo uploaded through B is served by both instances", async () => {
    assert(logoFileId, "no logo was uploaded");
    const html = await (await fetchThrough("a", profilePath)).text();
    assert(html.includes(`/api/files/${logoFileId}`), "the profile does not show the logo");
    const [fromA, fromB] = await Promise.all([
      fetchThrough("a", `/api/files/${logoFileId}`),
      fetchThrough("b", `/api/files/${logoFileId}`),
    ]);
    assert(fromA.status === 200 && fromB.status === 200, `status ${fromA.status} through A, ${fromB.status} through B`);
    const [bytesA, bytesB] = [Buffer.from(await fromA.arrayBuffer()), Buffer.from(await fromB.arrayBuffer())];
    assert(fromB.headers.get("content-type") === "image/webp", "not served as WebP");
    assert(
      bytesA.equals(bytesB) && bytesA.subarray(8, 12).toString() === "WEBP",
      "the two instances served different bytes",
    );
    return `${bytesA.length} bytes of WebP from both`;
  });

  await check("public reads are answered by the replica", async () => {
    // With replay paused, a change on the primary is not on the replica: a page that shows the old data was
    // read from the replica.
    const probe = letters(10);
    await sql(replicaUrl, "SELECT pg_wal_replay_pause()");
    try {
      await sql(databaseUrl, `UPDATE "Listing" SET "nameId" = $1 WHERE "id" = $2`, [
        `${listingName} ${probe}`,
        listing.id,
      ]);
      const search = await (await fetchThrough("a", `/cari?q=${token}`)).text();
      assert(search.includes(listingName), "the search did not find the listing at all");
      assert(!search.includes(probe), "the search saw the primary's new name: reads did not go to the replica");
    } finally {
      await sql(replicaUrl, "SELECT pg_wal_replay_resume()");
    }
    await waitFor(
      "replica catching up",
      async () =>
        (
          await sql<{ name: string }>(replicaUrl, `SELECT "nameId" AS name FROM "Listing" WHERE "id" = $1`, [
            listing.id,
          ])
        )[0]?.name.includes(probe) ?? false,
      10_000,
    );
    const later = await (await fetchThrough("b", `/cari?q=${token}&urut=nama`)).text();
    assert(later.includes(probe), "after replay the search still does not show the new name");
    const lag = await sql<{ lag: string }>(
      databaseUrl,
      "SELECT COALESCE(MAX(replay_lag)::text, '0') AS lag FROM pg_stat_replication",
    );
    figures.push(["replica replay lag (pg_stat_replication)", lag[0]?.lag ?? "?"]);
    return "with replay paused the search showed the replica's (older) data; after resuming, the new name";
  });

  await check("public reads keep working while the replica is stopped", async () => {
    await postgres.stopReplica();
    const timings: number[] = [];
    for (let i = 0; i < 10; i++) {
      const started = Date.now();
      const response = await fetchThrough(
        i % 2 === 0 ? "a" : "b",
        `/cari?q=${encodeURIComponent(`kopi ${token} ${i}`)}`,
      );
      timings.push(Date.now() - started);
      assert(response.status === 200, `search ${i} answered ${response.status}`);
    }
    const profile = await fetchThrough("b", profilePath);
    assert(profile.status === 200, `profile answered ${profile.status}`);
    figures.push(["uncached searches with the replica stopped", `${timings.join(", ")} ms`]);
    return `10 uncached searches through both instances answered 200 (first ${timings[0]} ms, then ≤ ${Math.max(...timings.slice(2))} ms)`;
  });

  await check("sizing: memory per instance and home-page throughput", async () => {
    const [memoryA, memoryB] = await Promise.all([residentMegabytes(a.child.pid!), residentMegabytes(b.child.pid!)]);
    figures.push([
      "resident memory (server / launcher)",
      `A ${memoryA.server.toFixed(0)} / ${memoryA.launcher.toFixed(0)} MB, B ${memoryB.server.toFixed(0)} / ${memoryB.launcher.toFixed(0)} MB`,
    ]);
    const measure = async (instance: "a" | null) => {
      const result = await autocannon({
        url: `${portalUrl}/`,
        connections: 50,
        duration: 10,
        headers: instance ? { "x-cluster-instance": instance } : {},
      });
      return result;
    };
    const one = await measure("a");
    const both = await measure(null);
    figures.push([
      `home page through nginx (page cache: ${pageCache}), 50 connections, 10 s — pinned to A`,
      `${Math.round(one.requests.average)} req/s, p50 ${one.latency.p50} ms, p99 ${one.latency.p99} ms`,
    ]);
    figures.push([
      `home page through nginx (page cache: ${pageCache}), 50 connections, 10 s — both instances`,
      `${Math.round(both.requests.average)} req/s, p50 ${both.latency.p50} ms, p99 ${both.latency.p99} ms`,
    ]);
    assert(one.non2xx === 0 && both.non2xx === 0, `${one.non2xx + both.non2xx} non-2xx answers`);
    return `one instance ${Math.round(one.requests.average)} req/s, both ${Math.round(both.requests.average)} req/s (2 cores shared)`;
  });

  await check("stopping instance B under load loses no request", async () => {
    const load = autocannon({ url: `${portalUrl}/`, connections: 20, duration: 8 });
    await sleep(2_500);
    const stoppedAt = Date.now();
    await b.stop("SIGTERM");
    const stopSeconds = ((Date.now() - stoppedAt) / 1000).toFixed(1);
    const result = await load;
    figures.push([
      "load while B stops (20 connections, 8 s)",
      `${result.requests.total} requests, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts; B stopped in ${stopSeconds} s`,
    ]);
    assert(
      result.non2xx === 0 && result.errors === 0 && result.timeouts === 0,
      `${result.non2xx} non-2xx, ${result.errors} errors`,
    );
    const after = await fetchThrough(null, "/api/health");
    assert(after.ok, "nginx does not answer through A alone");
    return `${result.requests.total} requests, none lost; B stopped in ${stopSeconds} s`;
  });

  await prisma.$disconnect();
}

function showLogTails() {
  log(`the last lines of the logs in ${root}:`);
  for (const file of ["instance-a.log", "instance-b.log", "pg/primary.log", "pg/replica.log", "nginx/error.log"]) {
    const full = path.join(root, file);
    if (fs.existsSync(full))
      console.log(`--- ${file}\n${fs.readFileSync(full, "utf8").split("\n").slice(-15).join("\n")}`);
  }
  // The tail of nginx's log is mostly the stopped instance being refused; what went wrong before matters more.
  const nginxLog = path.join(root, "nginx/error.log");
  if (fs.existsSync(nginxLog)) {
    const unusual = fs
      .readFileSync(nginxLog, "utf8")
      .split("\n")
      .filter((line) => line && !/Connection refused|temporarily disabled/.test(line));
    console.log(`--- nginx/error.log, other than refused connections\n${unusual.slice(-20).join("\n")}`);
  }
}

let exitCode = 1;
try {
  await main();
  exitCode = results.length > 0 && results.every((result) => result.ok) ? 0 : 1;
  if (exitCode !== 0) showLogTails();
} catch (error) {
  log(`set-up failed: ${error instanceof Error ? error.message : String(error)}`);
  showLogTails();
} finally {
  console.log(`\n=== test:cluster summary (page cache: ${pageCache}) ===`);
  for (const result of results) console.log(`${result.ok ? "PASS" : "FAIL"}  ${result.name}\n      ${result.detail}`);
  if (figures.length > 0) {
    console.log("\nMeasured:");
    for (const [name, value] of figures) console.log(`  ${name}: ${value}`);
  }
  await cleanUp();
  console.log(`\n${exitCode === 0 ? "All checks passed" : "Some checks failed"}; everything started was stopped.`);
}
process.exit(exitCode);
