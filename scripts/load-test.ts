// `npm run test:load [-- --listings 10000 --visitors 200 --duration 60 --staff 5 --port 3400]`: fills a separate
// database on a real PostgreSQL server, starts the production server on it (APP_ENV=production), and for
// `--duration` seconds lets anonymous visitors browse and search while staff sessions save listing edits. Prints
// errors and latency per page type, then checks that every acknowledged save is in the database. Exits 1 when a
// request failed or an acknowledged save is missing. Never part of `npm test`.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildIfNeeded } from "@/scripts/portal";
import { createBenchDatabase, startProductionServer } from "@/scripts/bench-database";
import {
  benchListingsOf,
  countOutcomes,
  createStaffAccounts,
  describeVisitorPages,
  percentile,
  runStaffEditors,
  runVisitors,
  verifyAcknowledgedWrites,
} from "@/scripts/load/load-scenario";
import { HttpSession } from "@/scripts/load/http-session";

const { values } = parseArgs({
  options: {
    listings: { type: "string", default: "10000" },
    visitors: { type: "string", default: "200" },
    duration: { type: "string", default: "60" },
    staff: { type: "string", default: "5" },
    port: { type: "string", default: "3400" },
    keep: { type: "boolean", default: false },
  },
});
const listingCount = Number(values.listings);
const visitorCount = Number(values.visitors);
const duration = Number(values.duration);
const staffCount = Number(values.staff);
const port = Number(values.port);
const serverUrl = process.env.LOAD_DATABASE_URL ?? process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!serverUrl) {
  console.error(
    "npm run test:load needs a real PostgreSQL server: set LOAD_DATABASE_URL (or BENCH_DATABASE_URL or TEST_DATABASE_URL), e.g. postgresql://user:pass@127.0.0.1:5432/postgres",
  );
  process.exit(1);
}

const log = (message: string) => console.log(`[load] ${message}`);
const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(", ");

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "ekraf-load-"));
const serverLog = path.join(workDir, "server.log");
log(`filling a database with ${listingCount} listings…`);
const database = await createBenchDatabase({ serverUrl, name: `ekraf_load_${Date.now()}`, listingCount });
let exitCode = 1;
try {
  // One account per staff session plus one for the warm-up: a second-factor code signs in once only.
  const [warmAccount, ...accounts] = await createStaffAccounts(database.url, staffCount + 1);
  await buildIfNeeded();
  const server = await startProductionServer({
    port,
    databaseUrl: database.url,
    logFile: serverLog,
    env: { APP_ENV: "production", UPLOAD_DIR: path.join(workDir, "uploads") },
  });
  try {
    const pages = await describeVisitorPages(database.url);
    // Warm-up: the first render of each route loads its code; that is start-up, not load.
    const warm = new HttpSession(server.baseUrl);
    for (const page of pages) for (let round = 0; round < 3; round++) await warm.request(page.nextPath());
    await warm.signIn(warmAccount!.email, warmAccount!.password, warmAccount!.totpSecret);
    await warm.request("/admin/listing/bench1");

    log(`load average before: ${loadAverage()} (${os.cpus().length} CPUs)`);
    log(`${visitorCount} visitors and ${staffCount} staff sessions for ${duration} s…`);
    let isDone = false;
    const staffRun = runStaffEditors({
      baseUrl: server.baseUrl,
      accounts,
      listingIdsOf: (index) => benchListingsOf(index, staffCount, Math.min(listingCount, 1000)),
      isDone: () => isDone,
    });
    const visitors = await runVisitors({
      baseUrl: server.baseUrl,
      pages,
      connections: visitorCount,
      durationSeconds: duration,
    }).finally(() => (isDone = true));
    const staff = await staffRun;
    log(`load average after: ${loadAverage()}`);
    const check = await verifyAcknowledgedWrites(database.url, staff.attempts);
    const outcomes = countOutcomes(staff.attempts);

    console.log(
      `\nLoad: ${listingCount} listings, ${visitorCount} visitors for ${duration} s, ${staffCount} staff sessions saving edits (production server, APP_ENV=production)`,
    );
    console.table(
      visitors.map((row) => ({
        "page type": row.name,
        connections: row.connections,
        requests: row.requests,
        "req/s": Math.round(row.requestsPerSecond),
        "p50 ms": row.p50,
        "p99 ms": row.p99,
        "max ms": row.max,
        "non-2xx": row.non2xx,
        errors: row.errors,
        timeouts: row.timeouts,
      })),
    );
    const staffTable = [
      { step: "staff editor page (GET)", samples: staff.editPageMs },
      { step: "staff save (POST → 303)", samples: staff.saveMs },
    ];
    console.table(
      staffTable.map((row) => ({
        step: row.step,
        requests: row.samples.length,
        "p50 ms": Math.round(percentile(row.samples, 0.5)),
        "p99 ms": Math.round(percentile(row.samples, 0.99)),
        "max ms": Math.round(percentile(row.samples, 1)),
      })),
    );
    const visitorErrors = visitors.reduce((sum, row) => sum + row.non2xx + row.errors, 0);
    const staffErrors = outcomes.failed + outcomes.refused + outcomes.conflict + staff.pageErrors.length;
    for (const row of visitors)
      if (row.non2xx > 0) console.log(`  ${row.name}: status codes ${JSON.stringify(row.statusCodes)}`);
    for (const line of staff.pageErrors.slice(0, 10)) console.log(`  staff page error: ${line}`);
    for (const attempt of staff.attempts.filter((item) => item.outcome !== "acknowledged").slice(0, 10))
      console.log(`  staff save ${attempt.outcome}: ${attempt.listingId} ${attempt.detail ?? ""}`);
    console.log(
      `Errors: ${visitorErrors} of ${visitors.reduce((sum, row) => sum + row.requests, 0)} visitor requests (non-2xx or failed), ` +
        `${staffErrors} in staff sessions (saves: ${outcomes.acknowledged} acknowledged, ${outcomes.conflict} conflicts, ` +
        `${outcomes.refused} refused, ${outcomes.failed} failed; ${staff.pageErrors.length} editor pages failed). Target: 0.`,
    );
    const isIntact =
      check.missing.length === 0 && check.wrongFinalState.length === 0 && check.versionAuditMismatches.length === 0;
    console.log(
      `Acknowledged writes: ${check.acknowledged - check.missing.length} of ${check.acknowledged} found in the database ` +
        `(audit entry with the saved summary), ${check.listingsChecked} listings checked: ` +
        `${check.wrongFinalState.length} with a final state other than the last acknowledged save, ` +
        `${check.versionAuditMismatches.length} whose version does not match their audit entries. ${isIntact ? "✓" : "✗"}`,
    );
    exitCode = visitorErrors === 0 && staffErrors === 0 && isIntact && check.acknowledged > 0 ? 0 : 1;
  } finally {
    await server.stop();
  }
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  console.error(`  server log: ${serverLog}`);
} finally {
  if (values.keep) log(`kept database ${database.name}`);
  else await database.drop();
  if (exitCode === 0) fs.rmSync(workDir, { recursive: true, force: true });
  else log(`server log kept in ${serverLog}`);
}
process.exit(exitCode);
