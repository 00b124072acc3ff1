// The parts of a load scenario shared by `npm run test:load` and `npm run test:faults`: anonymous visitors
// (autocannon, one instance per page type so each gets its own latency figures), staff sessions saving listing
// edits through the real staff editor form, and the check afterwards that every acknowledged save is stored.
import autocannon from "autocannon";
import { generateSecret } from "otplib";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { getListingPath, listingKinds, listingKindPaths } from "@/lib/listings/kinds";
import { kecamatanSlugs } from "@/lib/geo/kecamatan";
import type { ListingKind } from "@/lib/generated/prisma/enums";
import { getField, HttpSession, readForm, setField } from "./http-session";

export type StaffAccount = { email: string; password: string; totpSecret: string };

/** Staff accounts with a second factor enrolled, as production requires (APP_ENV=production). */
export async function createStaffAccounts(databaseUrl: string, count: number): Promise<StaffAccount[]> {
  const password = "uji beban staf kota malang";
  const passwordHash = await hashPassword(password);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const accounts: StaffAccount[] = [];
    for (let index = 1; index <= count; index++) {
      const account = { email: `staf-beban-${index}@contoh.id`, password, totpSecret: generateSecret() };
      await client.query(
        `INSERT INTO "User" ("id","email","name","passwordHash","role","emailVerifiedAt","isSample","totpSecret",
           "totpEnabledAt","updatedAt")
         VALUES ($1,$2,$3,$4,'STAFF',now(),true,$5,now(),now())`,
        [`loadstaff${index}`, account.email, `Staf Uji Beban ${index}`, passwordHash, account.totpSecret],
      );
      accounts.push(account);
    }
    return accounts;
  } finally {
    await client.end();
  }
}

export type PageType = { name: string; share: number; nextPath: () => string };

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const searchWords = ["kopi", "batik", "studio", "keramik", "animasi", "gim", "foto", "tenun", "kriya", "musik"];
const placeWords = ["tugu", "ijen", "arjuno", "kawi", "brantas", "celaket", "dinoyo", "sawojajar", "sukun", "janti"];

/** Home, directory pages with filters, listing profiles and searches; a fifth of the visits in English. */
export async function describeVisitorPages(databaseUrl: string): Promise<PageType[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows: listings } = await client.query<{ kind: ListingKind; slug: string }>(
    `SELECT "kind", "slug" FROM "Listing" WHERE "status" = 'PUBLISHED' ORDER BY random() LIMIT 5000`,
  );
  await client.end();
  const locale = () => (Math.random() < 0.2 ? "/en" : "");
  return [
    { name: "home", share: 0.1, nextPath: () => locale() || "/" },
    {
      name: "directory",
      share: 0.25,
      nextPath: () => {
        const query = new URLSearchParams({ kecamatan: pick(kecamatanSlugs) });
        const page = 1 + Math.floor(Math.random() * 5);
        if (page > 1) query.set("hal", String(page));
        if (Math.random() < 0.3) query.set("bersertifikat", "1");
        return `${locale()}/${listingKindPaths[pick(listingKinds)]}?${query}`;
      },
    },
    { name: "profile", share: 0.35, nextPath: () => `${locale()}${getListingPath(pick(listings))}` },
    {
      name: "search",
      share: 0.3,
      nextPath: () => {
        const q = Math.random() < 0.5 ? pick(searchWords) : `${pick(searchWords)} ${pick(placeWords)}`;
        return `${locale()}/cari?${new URLSearchParams({ q })}`;
      },
    },
  ];
}

export type VisitorResult = {
  name: string;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
};

/** Runs every page type at once, `connections` spread over them by share, for `durationSeconds`. */
export async function runVisitors(options: {
  baseUrl: string;
  pages: PageType[];
  connections: number;
  durationSeconds: number;
  timeoutSeconds?: number;
  /** Ends the run early when it settles. */
  stop?: Promise<unknown>;
}): Promise<VisitorResult[]> {
  const { baseUrl, pages, connections, durationSeconds } = options;
  const split = pages.map((page) => Math.max(1, Math.round(page.share * connections)));
  split[split.length - 1]! += connections - split.reduce((sum, value) => sum + value, 0);
  return Promise.all(
    pages.map(async (page, index) => {
      const result = await new Promise<autocannon.Result>((resolve, reject) => {
        const instance = autocannon(
          {
            url: baseUrl,
            connections: split[index]!,
            duration: durationSeconds,
            timeout: options.timeoutSeconds ?? 30,
            requests: [{ setupRequest: (request) => ({ ...request, path: page.nextPath() }) }],
          },
          (error, finished) => (error ? reject(error) : resolve(finished)),
        );
        void options.stop?.then(() => instance.stop());
      });
      const statusCodes: Record<string, number> = {};
      for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = stat.count ?? 0;
      return {
        name: page.name,
        connections: split[index]!,
        requests: result.requests.total,
        requestsPerSecond: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        max: result.latency.max,
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        statusCodes,
      };
    }),
  );
}

export type SaveOutcome = "acknowledged" | "conflict" | "refused" | "failed";

/** One press of "save" in the staff editor; `failed` covers errors and timeouts, whose effect is unknown. */
export type SaveAttempt = {
  staff: number;
  listingId: string;
  summaryIndonesian: string;
  startedAt: number;
  outcome: SaveOutcome;
  status: number | null;
  detail?: string;
};

export type StaffReport = { attempts: SaveAttempt[]; editPageMs: number[]; saveMs: number[]; pageErrors: string[] };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Each staff session signs in, then until `isDone()` opens the editor of one of its own listings, changes the
 * Indonesian summary and saves, as a person in a browser without JavaScript would. Sessions never share a
 * listing, so every save is expected to be acknowledged (a redirect to `?hasil=disimpan`).
 */
export async function runStaffEditors(options: {
  baseUrl: string;
  accounts: StaffAccount[];
  listingIdsOf: (staffIndex: number) => string[];
  isDone: () => boolean;
  thinkMs?: number;
}): Promise<StaffReport> {
  const report: StaffReport = { attempts: [], editPageMs: [], saveMs: [], pageErrors: [] };
  let sequence = 0;
  await Promise.all(
    options.accounts.map(async (account, staffIndex) => {
      const session = new HttpSession(options.baseUrl);
      const listingIds = options.listingIdsOf(staffIndex);
      let isSignedIn = false;
      while (!options.isDone()) {
        try {
          if (!isSignedIn) {
            await session.signIn(account.email, account.password, account.totpSecret);
            isSignedIn = true;
          }
          const listingId = pick(listingIds);
          const path = `/admin/listing/${listingId}`;
          const page = await session.request(path);
          if (page.status !== 200) {
            report.pageErrors.push(`${path}: HTTP ${page.status}${page.location ? ` → ${page.location}` : ""}`);
            if (page.location?.includes("/masuk")) isSignedIn = false;
            await sleep(500);
            continue;
          }
          report.editPageMs.push(page.ms);
          const form = readForm(page.body, (html) => html.includes('name="version"'));
          if (!form || !getField(form, "summaryIndonesian")) {
            report.pageErrors.push(`${path}: the editor form was not found`);
            await sleep(500);
            continue;
          }
          const summaryIndonesian = `Ringkasan uji beban, staf ${staffIndex + 1}, simpan ke-${++sequence} (${Date.now()}).`;
          setField(form, "summaryIndonesian", summaryIndonesian);
          const attempt: SaveAttempt = {
            staff: staffIndex + 1,
            listingId,
            summaryIndonesian,
            startedAt: Date.now(),
            outcome: "failed",
            status: null,
          };
          report.attempts.push(attempt);
          try {
            const answer = await session.postForm(form.action || path, form);
            attempt.status = answer.status;
            if (answer.status === 303 && answer.location?.includes("hasil=disimpan")) {
              attempt.outcome = "acknowledged";
              report.saveMs.push(answer.ms);
            } else if (answer.status === 200 && answer.body.includes("diubah orang lain setelah Anda membukanya")) {
              attempt.outcome = "conflict";
            } else if (answer.status === 200) {
              attempt.outcome = "refused";
              attempt.detail = "the form came back (validation)";
            } else {
              attempt.detail = `HTTP ${answer.status}${answer.location ? ` → ${answer.location}` : ""}`;
              if (answer.location?.includes("/masuk")) isSignedIn = false;
            }
          } catch (error) {
            attempt.detail = (error as Error).message;
          }
        } catch (error) {
          report.pageErrors.push(`staff ${staffIndex + 1}: ${(error as Error).message}`);
          await sleep(500);
          continue;
        }
        await sleep(options.thinkMs ?? 250);
      }
    }),
  );
  return report;
}

export type WriteCheck = {
  acknowledged: number;
  missing: SaveAttempt[];
  listingsChecked: number;
  /** Listings whose stored summary is neither the last acknowledged save nor a later unanswered one. */
  wrongFinalState: string[];
  /** Listings whose version does not match their number of audit entries (change and audit apart). */
  versionAuditMismatches: string[];
};

/**
 * Every acknowledged save must be in the audit log with its summary (the audit entry commits with the change),
 * the listing must show the last acknowledged summary (or one from a later save whose answer was lost), and each
 * listing's version must have gone up exactly once per audit entry.
 */
export async function verifyAcknowledgedWrites(databaseUrl: string, attempts: SaveAttempt[]): Promise<WriteCheck> {
  const listingIds = [...new Set(attempts.map((attempt) => attempt.listingId))];
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: listings } = await client.query<{ id: string; summaryIndonesian: string; version: number }>(
      `SELECT "id", "summaryId" AS "summaryIndonesian", "version" FROM "Listing" WHERE "id" = ANY($1)`,
      [listingIds],
    );
    const { rows: audits } = await client.query<{ entityId: string; summaryIndonesian: string | null }>(
      `SELECT "entityId", "after"->'content'->>'summaryIndonesian' AS "summaryIndonesian" FROM "AuditLog"
       WHERE "action" = 'listing.staffUpdate' AND "entityType" = 'Listing' AND "entityId" = ANY($1)`,
      [listingIds],
    );
    const audited = new Set(audits.map((row) => `${row.entityId}\u0000${row.summaryIndonesian}`));
    const auditCount = new Map<string, number>();
    for (const row of audits) auditCount.set(row.entityId, (auditCount.get(row.entityId) ?? 0) + 1);
    const acknowledged = attempts.filter((attempt) => attempt.outcome === "acknowledged");
    const missing = acknowledged.filter(
      (attempt) => !audited.has(`${attempt.listingId}\u0000${attempt.summaryIndonesian}`),
    );
    const wrongFinalState: string[] = [];
    const versionAuditMismatches: string[] = [];
    for (const listing of listings) {
      const own = attempts.filter((attempt) => attempt.listingId === listing.id);
      const lastAcknowledged = own.findLastIndex((attempt) => attempt.outcome === "acknowledged");
      if (lastAcknowledged !== -1) {
        // The last acknowledged summary, unless a later save whose answer never came (an error) went through.
        const [last, ...later] = own.slice(lastAcknowledged);
        const allowed = [last!, ...later.filter((attempt) => attempt.outcome === "failed")];
        if (!allowed.some((attempt) => attempt.summaryIndonesian === listing.summaryIndonesian))
          wrongFinalState.push(listing.id);
      }
      if (listing.version - 1 !== (auditCount.get(listing.id) ?? 0)) versionAuditMismatches.push(listing.id);
    }
    return {
      acknowledged: acknowledged.length,
      missing,
      listingsChecked: listings.length,
      wrongFinalState,
      versionAuditMismatches,
    };
  } finally {
    await client.end();
  }
}

export function percentile(values: number[], share: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

export function countOutcomes(attempts: SaveAttempt[]): Record<SaveOutcome, number> {
  const counts: Record<SaveOutcome, number> = { acknowledged: 0, conflict: 0, refused: 0, failed: 0 };
  for (const attempt of attempts) counts[attempt.outcome]++;
  return counts;
}

/** Listings `bench<n>` for staff session `index` of `sessions`: disjoint sets among the first `pool` listings. */
export function benchListingsOf(index: number, sessions: number, pool: number): string[] {
  const ids: string[] = [];
  for (let n = index + 1; n <= pool; n += sessions) ids.push(`bench${n}`);
  return ids;
}
