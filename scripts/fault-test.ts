// `npm run test:faults [-- --listings 2000 --visitors 40 --staff 3 --port 3410 --pg-port 3411 --outage 8]`:
// starts a PostgreSQL cluster of its own, the production server on it, and while visitors and staff sessions
// load the portal, stops the database (once with a fast shutdown, once with an immediate one, i.e. a crash) and
// starts it again. Checks that the portal answers with a friendly error page during the outage, recovers by
// itself within 5 s of the database returning (same process), and that no acknowledged save is lost. Then fills
// the upload folder's disk and makes it read-only, and checks that a new listing with a logo gets a clear error
// and leaves nothing half-written. Prints the figures; exits 1 when a check fails. Never part of `npm test`.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Browser } from "@playwright/test";
import pg from "pg";
import sharp from "sharp";
import { buildIfNeeded } from "@/scripts/portal";
import { projectRoot } from "@/lib/server/run-command";
import { createBenchDatabase, startProductionServer } from "@/scripts/bench-database";
import { getField, HttpSession, readForm, setField } from "@/scripts/load/http-session";
import {
  benchListingsOf,
  countOutcomes,
  createStaffAccounts,
  describeVisitorPages,
  runStaffEditors,
  runVisitors,
  verifyAcknowledgedWrites,
} from "@/scripts/load/load-scenario";
import { createThrowawayPostgres } from "@/scripts/load/throwaway-postgres";
import { createUploadFolder, type UploadFolder } from "@/scripts/load/upload-folder";

const { values } = parseArgs({
  options: {
    listings: { type: "string", default: "2000" },
    visitors: { type: "string", default: "40" },
    staff: { type: "string", default: "3" },
    port: { type: "string", default: "3410" },
    "pg-port": { type: "string", default: "3411" },
    outage: { type: "string", default: "8" },
  },
});
const listingCount = Number(values.listings);
const visitorCount = Number(values.visitors);
const staffCount = Number(values.staff);
const port = Number(values.port);
const outageMs = Number(values.outage) * 1000;
const RECOVERY_LIMIT_MS = 5000;

const log = (message: string) => console.log(`[faults] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const readMessages = (locale: string, file: string) =>
  JSON.parse(fs.readFileSync(path.join(projectRoot, "lib/i18n/messages", locale, `${file}.json`), "utf8"));
const errorTitle = {
  id: readMessages("id", "error-page").ErrorPage.title as string,
  en: readMessages("en", "error-page").ErrorPage.title as string,
};
const storageMessage = readMessages("id", "listing-form").ListingForm.errors.storageUnavailable as string;
// Stack frames, source paths and driver messages must never reach a visitor.
const internals =
  /\bat [\w$.<>[\] ]+ \([^()\s]*:\d+:\d+\)|\.tsx?:\d+:\d+|\/work\/|node_modules|PrismaClient|DriverAdapterError|ECONNREFUSED|Can't reach database/;

type Probe = {
  startedAt: number;
  doneAt: number;
  status: number | null;
  verdict: "ok" | "error page" | "unfriendly";
};

/**
 * Asks every 200 ms for a search nobody asked before (never cached: it needs the database). While the database
 * is down the answer must be an error status without internals; what a person then sees is checked in a browser.
 */
function startProber(baseUrl: string) {
  const probes: Probe[] = [];
  let isRunning = true;
  let counter = 0;
  const loop = (async () => {
    while (isRunning) {
      const prefix = counter % 2 === 0 ? "" : "/en";
      const url = `${baseUrl}${prefix}/cari?q=gangguan${Date.now()}x${counter++}`;
      const startedAt = Date.now();
      let status: number | null = null;
      let verdict: Probe["verdict"] = "unfriendly";
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
        status = response.status;
        const body = await response.text();
        if (status === 200) verdict = "ok";
        else if (status >= 500 && !internals.test(body)) verdict = "error page";
      } catch {
        // no answer within 10 s, or the connection was refused: unfriendly
      }
      probes.push({ startedAt, doneAt: Date.now(), status, verdict });
      await sleep(200);
    }
  })();
  return {
    probes,
    async stop() {
      isRunning = false;
      await loop;
    },
  };
}

type BrowserCheck = { path: string; status: number | null; heading: string; isFriendly: boolean };

/**
 * What a person sees while the database is down: Next sends an empty error shell with status 500 and the
 * browser renders app/[locale]/error.tsx from the page's data, so this needs a real browser.
 */
async function checkErrorPagesInBrowser(browser: Browser, baseUrl: string): Promise<BrowserCheck[]> {
  const checks: BrowserCheck[] = [];
  for (const locale of ["id", "en"] as const) {
    const path = `${locale === "en" ? "/en" : ""}/cari?q=peramban${Date.now()}`;
    const page = await browser.newPage();
    try {
      const response = await page.goto(`${baseUrl}${path}`, { timeout: 20_000 });
      const heading = page.getByRole("heading", { level: 1 });
      await heading.waitFor({ timeout: 20_000 });
      const text = (await heading.textContent())?.trim() ?? "";
      const visibleText = await page.locator("body").innerText();
      checks.push({
        path,
        status: response?.status() ?? null,
        heading: text,
        isFriendly: text === errorTitle[locale] && !internals.test(visibleText),
      });
    } catch (error) {
      checks.push({ path, status: null, heading: `(${(error as Error).message.split("\n")[0]})`, isFriendly: false });
    } finally {
      await page.close();
    }
  }
  return checks;
}

async function countRows(databaseUrl: string, sql: string, parameters: unknown[] = []): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return Number((await client.query<{ count: string }>(sql, parameters)).rows[0]!.count);
  } finally {
    await client.end();
  }
}

type UploadCase = {
  name: string;
  status: number;
  isClearError: boolean;
  listingRows: number;
  newFileRows: number;
  newFiles: number;
  partials: number;
  passed: boolean;
};

async function checkUploadFaults(options: {
  baseUrl: string;
  databaseUrl: string;
  account: { email: string; password: string; totpSecret: string };
  folder: UploadFolder;
}): Promise<{ cases: UploadCase[]; skipped: string[] }> {
  const { baseUrl, databaseUrl, folder } = options;
  const session = new HttpSession(baseUrl);
  await session.signIn(options.account.email, options.account.password, options.account.totpSecret);
  const logo = await sharp({ create: { width: 96, height: 96, channels: 3, background: "#1d4ed8" } })
    .png()
    .toBuffer();
  const subsectorId = await (async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ id: string }>(`SELECT "id" FROM "Subsector" ORDER BY "sortOrder" LIMIT 1`);
    await client.end();
    return rows[0]!.id;
  })();

  const attempt = async (name: string, expectStored: boolean): Promise<UploadCase> => {
    const path = "/admin/listing/baru?jenis=usaha";
    const page = await session.request(path);
    const form = page.status === 200 ? readForm(page.body, (html) => html.includes('name="nameIndonesian"')) : null;
    if (!form) throw new Error(`the new-listing form did not load (HTTP ${page.status})`);
    const listingName = `Uji gangguan unggahan ${name} ${Date.now()}`;
    setField(form, "nameIndonesian", listingName);
    setField(form, "summaryIndonesian", "Listing uji untuk gangguan penyimpanan berkas; bukan usaha sungguhan.");
    setField(form, "primarySubsectorId", subsectorId);
    setField(form, "logo", new File([logo], "logo-uji.png", { type: "image/png" }));
    if (!getField(form, "status")) setField(form, "status", "PUBLISHED");
    const rowsBefore = await countRows(databaseUrl, `SELECT count(*) FROM "StoredFile"`);
    const filesBefore = folder.listFiles().files.length;
    const answer = await session.postForm(form.action || path, form);
    const listingRows = await countRows(databaseUrl, `SELECT count(*) FROM "Listing" WHERE "nameId" = $1`, [
      listingName,
    ]);
    const newFileRows = (await countRows(databaseUrl, `SELECT count(*) FROM "StoredFile"`)) - rowsBefore;
    const { files, partials } = folder.listFiles();
    const isClearError = answer.status === 200 && answer.body.includes(storageMessage);
    const passed = expectStored
      ? answer.status === 303 && listingRows === 1 && newFileRows === 1 && files.length === filesBefore + 1
      : isClearError && listingRows === 0 && newFileRows === 0 && files.length === filesBefore && partials.length === 0;
    return {
      name,
      status: answer.status,
      isClearError,
      listingRows,
      newFileRows,
      newFiles: files.length - filesBefore,
      partials: partials.length,
      passed,
    };
  };

  const cases: UploadCase[] = [];
  const skipped: string[] = [];
  cases.push(await attempt("writable folder (control)", true));
  if (folder.canFill) {
    await folder.fill();
    try {
      cases.push(await attempt("disk full (ENOSPC)", false));
    } finally {
      await folder.unfill();
    }
  } else skipped.push("disk full: needs root to mount a small tmpfs as the upload folder");
  if (folder.canMakeReadOnly) {
    await folder.setReadOnly(true);
    try {
      cases.push(
        await attempt(folder.isMounted ? "read-only file system (EROFS)" : "read-only folder (EACCES)", false),
      );
    } finally {
      await folder.setReadOnly(false);
    }
  } else skipped.push("read-only folder: root ignores permissions and mounting failed");
  cases.push(await attempt("writable again (control)", true));
  return { cases, skipped };
}

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "ekraf-faults-"));
const serverLog = path.join(workDir, "server.log");
let exitCode = 1;
log(`starting a PostgreSQL cluster of its own on port ${values["pg-port"]}…`);
const postgres = await createThrowawayPostgres({ port: Number(values["pg-port"]) });
const folder = await createUploadFolder();
try {
  log(`filling a database with ${listingCount} listings…`);
  const database = await createBenchDatabase({ serverUrl: postgres.serverUrl, name: "ekraf_faults", listingCount });
  // One account per staff session plus one for the upload checks: a second-factor code signs in once only.
  const [uploadAccount, ...accounts] = await createStaffAccounts(database.url, staffCount + 1);
  await buildIfNeeded();
  const server = await startProductionServer({
    port,
    databaseUrl: database.url,
    logFile: serverLog,
    env: { APP_ENV: "production", UPLOAD_DIR: folder.dir },
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"],
  });
  let hasServerExited = false;
  server.child.on("exit", () => (hasServerExited = true));
  const serverPid = server.child.pid;
  try {
    const pages = await describeVisitorPages(database.url);
    const warm = new HttpSession(server.baseUrl);
    for (const page of pages) for (let round = 0; round < 3; round++) await warm.request(page.nextPath());

    log(
      `${visitorCount} visitors and ${staffCount} staff sessions; the database goes down twice for ${outageMs / 1000} s…`,
    );
    let isLoadDone = false;
    let loadEndedAt = Infinity;
    let endLoad!: () => void;
    const loadEnded = new Promise<void>((resolve) => (endLoad = resolve));
    const visitorRun = runVisitors({
      baseUrl: server.baseUrl,
      pages,
      connections: visitorCount,
      durationSeconds: 600,
      timeoutSeconds: 15,
      stop: loadEnded,
    });
    const staffRun = runStaffEditors({
      baseUrl: server.baseUrl,
      accounts,
      listingIdsOf: (index) => benchListingsOf(index, staffCount, Math.min(listingCount, 600)),
      isDone: () => isLoadDone,
    });
    const prober = startProber(server.baseUrl);
    const outages: { mode: "fast" | "immediate"; downAt: number; upAt: number; recoveredAt: number | null }[] = [];
    const browserChecks: (BrowserCheck & { stop: string })[] = [];
    try {
      await sleep(8000);
      for (const mode of ["fast", "immediate"] as const) {
        const downAt = Date.now();
        await postgres.stop(mode);
        const [, seen] = await Promise.all([sleep(outageMs), checkErrorPagesInBrowser(browser, server.baseUrl)]);
        browserChecks.push(...seen.map((check) => ({ ...check, stop: mode })));
        await postgres.start();
        const upAt = Date.now();
        let recoveredAt: number | null = null;
        while (Date.now() - upAt < 30_000 && recoveredAt === null) {
          recoveredAt =
            prober.probes.find((probe) => probe.startedAt >= upAt && probe.verdict === "ok")?.doneAt ?? null;
          await sleep(50);
        }
        outages.push({ mode, downAt, upAt, recoveredAt });
        log(
          `${mode} stop: database down ${((upAt - downAt) / 1000).toFixed(1)} s, portal answering again after ${
            recoveredAt === null ? "—" : `${((recoveredAt - upAt) / 1000).toFixed(2)} s`
          }`,
        );
        await sleep(8000);
      }
    } finally {
      isLoadDone = true;
      loadEndedAt = Date.now();
      endLoad();
      await prober.stop();
    }
    const visitors = await visitorRun;
    const staff = await staffRun;
    const check = await verifyAcknowledgedWrites(database.url, staff.attempts);
    const outcomes = countOutcomes(staff.attempts);

    console.log(
      `\nDatabase restarts under load (${listingCount} listings, ${visitorCount} visitors, ${staffCount} staff)`,
    );
    const relapses: Probe[][] = [];
    const outageRows = outages.map((outage, index) => {
      const during = prober.probes.filter((probe) => probe.startedAt >= outage.downAt && probe.doneAt <= outage.upAt);
      const failures = during.filter((probe) => probe.verdict !== "ok");
      // After recovery, until the next outage begins (a probe still running then is that outage's).
      const stableUntil = outages[index + 1]?.downAt ?? loadEndedAt;
      const after = outage.recoveredAt
        ? prober.probes.filter((probe) => probe.startedAt >= outage.recoveredAt! && probe.doneAt < stableUntil)
        : [];
      const firstAfterRestart = prober.probes.find((probe) => probe.startedAt >= outage.upAt);
      const failedAfter = after.filter((probe) => probe.verdict !== "ok");
      relapses.push(failedAfter);
      return {
        stop: outage.mode,
        "down s": Number(((outage.upAt - outage.downAt) / 1000).toFixed(1)),
        "probes while down": during.length,
        "5xx without internals": failures.filter((probe) => probe.verdict === "error page").length,
        "unfriendly / no answer": failures.filter((probe) => probe.verdict === "unfriendly").length,
        "slowest answer while down ms": Math.max(0, ...during.map((probe) => probe.doneAt - probe.startedAt)),
        "first probe after restart": firstAfterRestart
          ? `${firstAfterRestart.verdict} in ${firstAfterRestart.doneAt - firstAfterRestart.startedAt} ms`
          : "—",
        "recovered after s":
          outage.recoveredAt === null ? null : Number(((outage.recoveredAt - outage.upAt) / 1000).toFixed(2)),
        "probes until next stop": after.length,
        "failures after recovery": failedAfter.length,
      };
    });
    console.table(outageRows);
    for (const [index, row] of outageRows.entries())
      for (const probe of relapses[index]!.slice(0, 5))
        console.log(
          `  after the ${row.stop} stop: HTTP ${probe.status ?? "—"} at +${((probe.startedAt - outages[index]!.upAt) / 1000).toFixed(2)} s after the database returned`,
        );
    console.log("What a browser showed while the database was down:");
    console.table(
      browserChecks.map((check) => ({
        stop: check.stop,
        path: check.path.replace(/q=.*/, "q=…"),
        "HTTP status": check.status,
        "heading (h1)": check.heading,
        friendly: check.isFriendly ? "✓" : "✗",
      })),
    );
    console.table(
      visitors.map((row) => ({
        "page type": row.name,
        requests: row.requests,
        "p99 ms": row.p99,
        "status codes": JSON.stringify(row.statusCodes),
        errors: row.errors,
      })),
    );
    const isSameProcess = !hasServerExited && server.child.exitCode === null && server.child.pid === serverPid;
    console.log(`Portal process: pid ${serverPid}, ${isSameProcess ? "never restarted ✓" : "EXITED ✗"}`);
    console.log(
      `Staff saves: ${outcomes.acknowledged} acknowledged, ${outcomes.failed} failed (during the outages), ` +
        `${outcomes.conflict} conflicts, ${outcomes.refused} refused.`,
    );
    const isIntact =
      check.missing.length === 0 && check.wrongFinalState.length === 0 && check.versionAuditMismatches.length === 0;
    console.log(
      `Acknowledged writes: ${check.acknowledged - check.missing.length} of ${check.acknowledged} in the database, ` +
        `${check.wrongFinalState.length} listings with a wrong final state, ${check.versionAuditMismatches.length} ` +
        `version/audit mismatches. ${isIntact ? "✓" : "✗"}`,
    );
    const isOutageHandled =
      outageRows.every(
        (row) =>
          row["unfriendly / no answer"] === 0 &&
          row["5xx without internals"] > 0 &&
          row["recovered after s"] !== null &&
          row["recovered after s"] * 1000 <= RECOVERY_LIMIT_MS &&
          row["failures after recovery"] === 0,
      ) &&
      browserChecks.length === 2 * outages.length &&
      browserChecks.every((check) => check.isFriendly);

    log("upload folder faults…");
    const uploads = await checkUploadFaults({
      baseUrl: server.baseUrl,
      databaseUrl: database.url,
      account: uploadAccount!,
      folder,
    });
    console.log(`\nUpload folder faults (${folder.isMounted ? "8 MiB tmpfs of its own" : "plain folder"})`);
    console.table(
      uploads.cases.map((row) => ({
        case: row.name,
        "HTTP status": row.status,
        "clear error shown": row.isClearError,
        "listing rows": row.listingRows,
        "file rows": row.newFileRows,
        "files written": row.newFiles,
        "partial files": row.partials,
        result: row.passed ? "✓" : "✗",
      })),
    );
    for (const reason of uploads.skipped) console.log(`  not checked: ${reason}`);
    const areUploadsHandled = uploads.cases.every((row) => row.passed);
    console.log(
      `\nFriendly error page during outages and recovery within ${RECOVERY_LIMIT_MS / 1000} s: ${isOutageHandled ? "✓" : "✗"}; ` +
        `same process: ${isSameProcess ? "✓" : "✗"}; no acknowledged write lost: ${isIntact ? "✓" : "✗"}; ` +
        `upload faults: ${areUploadsHandled ? "✓" : "✗"}`,
    );
    exitCode = isOutageHandled && isSameProcess && isIntact && areUploadsHandled && check.acknowledged > 0 ? 0 : 1;
  } finally {
    await browser.close();
    await server.stop();
  }
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
} finally {
  await folder.destroy().catch(() => {});
  await postgres.destroy().catch(() => {});
  if (exitCode === 0) fs.rmSync(workDir, { recursive: true, force: true });
  else log(`server log kept in ${serverLog}`);
}
process.exit(exitCode);
