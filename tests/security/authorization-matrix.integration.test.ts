// The authorization matrix: every server action and route handler, found by reading the source tree, called as
// every role with forms naming real rows. The real guards run (lib/auth/session.ts against the database); only
// Auth.js's cookie reading is replaced by the session of the role under test. A refused call must be refused and
// change no row; an allowed one must get past the guard (and, where the table says so, write). Below them, every
// staff and admin read of the data layer (tests/security/staff-reads.ts) is called with each role's actor.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import type * as NextServer from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { ForbiddenError } from "@/lib/auth/assert-role";
import { accessTable, type AccessEntry, type AccessLevel } from "./access-table";
import { createSecurityFixtures, roles, userOf, type Role, type SecurityFixtures } from "./fixtures";
import { notStaffReads, staffReadModules, staffReads } from "./staff-reads";

const session = vi.hoisted(() => ({ token: null as Record<string, unknown> | null }));
// Work an action defers with `after()` (e.g. the password-reset lookup and email), awaited before the call counts
// as done: otherwise it would write after the table check and restore, and leak into the next entry's check.
const deferredWork = vi.hoisted(() => [] as Promise<unknown>[]);

vi.mock("@/lib/auth/auth", () => ({
  auth: vi.fn(async () => session.token),
  // Signing in and out are Auth.js's (covered by the e2e tests); here they only must not be reached when refused.
  signIn: vi.fn(async () => undefined),
  signOut: vi.fn(async () => undefined),
  handlers: {
    GET: vi.fn(async () => Response.json({})),
    POST: vi.fn(async () => Response.json({})),
  },
}));
// next-auth and next-intl import "next/…" without extensions, which Node's resolver refuses outside Next.
vi.mock("next-auth", () => ({
  AuthError: class AuthError extends Error {},
  CredentialsSignin: class CredentialsSignin extends Error {},
}));
vi.mock("@/lib/i18n/navigation", () => ({
  getPathname: ({ href, locale }: { href: string; locale: string }) => (locale === "id" ? href : `/${locale}${href}`),
}));
vi.mock("@/lib/statistics/chart-labels", () => ({
  getChartLabels: async (locale: string) => ({
    t: (key: string) => key,
    kind: (kind: string) => kind,
    kecamatan: (kecamatan: string) => kecamatan,
    validity: (validity: string) => validity,
    locale,
  }),
}));
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  unstable_cache: <T>(work: T) => work,
}));
// `connection()` (a route's "render at request time") and `after()` (work after the answer) need Next's request
// scope, which a direct call has not; the deferred work starts at once here and `call` waits for it.
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof NextServer>()),
  connection: async () => undefined,
  after: (work: () => Promise<unknown>) => void deferredWork.push(Promise.resolve().then(work)),
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "user-agent": "matriks-otorisasi" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));

const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "ekraf-matrix-"));
process.env.UPLOAD_DIR = uploadDir;

const root = path.resolve(import.meta.dirname, "../..");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

// --- Discovery ------------------------------------------------------------------------------------------------

function listSourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && entry.name !== "generated") files.push(...listSourceFiles(relative));
    } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) files.push(relative);
  }
  return files;
}

/** The first statement of a module, past comments and blank lines, is the "use server" directive. */
function isServerActionModule(source: string): boolean {
  const code = source.replace(/^(?:\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
  return /^(["'])use server\1/.test(code);
}

const hasInlineServerDirective = (source: string) => /^\s*(["'])use server\1;?\s*$/m.test(source);

type Discovered = { keys: string[]; inlineServerFunctions: string[] };

async function discover(): Promise<Discovered> {
  const keys: string[] = [];
  const inlineServerFunctions: string[] = [];
  for (const file of [...listSourceFiles("lib"), ...listSourceFiles("app"), ...listSourceFiles("components")]) {
    const source = fs.readFileSync(path.join(root, file), "utf8");
    const isActions = isServerActionModule(source) && !file.startsWith("components/");
    const isRoute = file.startsWith("app/") && /\/route\.tsx?$/.test(file);
    if (!isActions && hasInlineServerDirective(source)) inlineServerFunctions.push(file);
    if (!isActions && !isRoute) continue;
    const exports = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value !== "function") continue;
      if (isActions || HTTP_METHODS.includes(name)) keys.push(`${file}#${name}`);
    }
  }
  return { keys: keys.sort(), inlineServerFunctions };
}

// --- Database fingerprints and restore ------------------------------------------------------------------------

const SNAPSHOT_SCHEMA = "matrix_snapshot";
let tables: string[] = [];
let baseline: Record<string, string> = {};

async function listTables(): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name::text AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`;
  return rows.map((row) => row.name);
}

// Every table, nothing excluded: refused calls are refused before anything is written, so not even the append-only
// tables (AuditLog, LoginAttempt, RateLimitHit, OutboxEmail) may grow.
async function fingerprint(): Promise<Record<string, string>> {
  const query = tables
    .map(
      (table) =>
        `SELECT '${table}' AS name, md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS hash FROM "${table}" t`,
    )
    .join(" UNION ALL ");
  const rows = await prisma.$queryRaw<{ name: string; hash: string }[]>(Prisma.raw(query));
  return Object.fromEntries(rows.map((row) => [row.name, row.hash]));
}

const changedTables = (before: Record<string, string>, after: Record<string, string>) =>
  tables.filter((table) => before[table] !== after[table]);

async function takeSnapshot() {
  await prisma.$executeRaw(Prisma.raw(`CREATE SCHEMA "${SNAPSHOT_SCHEMA}"`));
  for (const table of tables) {
    await prisma.$executeRaw(Prisma.raw(`CREATE TABLE "${SNAPSHOT_SCHEMA}"."${table}" AS TABLE public."${table}"`));
  }
  baseline = await fingerprint();
}

/** Puts the changed tables back as the fixtures left them (triggers and foreign keys off while copying). */
async function restore(changed: string[]) {
  if (changed.length === 0) return;
  await prisma.$transaction([
    prisma.$executeRaw(Prisma.raw(`SET LOCAL session_replication_role = replica`)),
    ...changed.flatMap((table) => [
      prisma.$executeRaw(Prisma.raw(`DELETE FROM public."${table}"`)),
      prisma.$executeRaw(Prisma.raw(`INSERT INTO public."${table}" SELECT * FROM "${SNAPSHOT_SCHEMA}"."${table}"`)),
    ]),
  ]);
}

// --- Calling an entry as a role -------------------------------------------------------------------------------

type Outcome =
  | { kind: "redirect"; url: string }
  | { kind: "httpError"; status: number }
  | { kind: "returned"; value: unknown }
  | { kind: "response"; status: number; body: string }
  | { kind: "error"; message: string };

function signInAs(fixtures: SecurityFixtures, role: Role) {
  const user = userOf(fixtures, role);
  const now = Date.now();
  session.token = user
    ? { userId: user.id, sessionVersion: user.sessionVersion, signedInAt: now - 60_000, lastActiveAt: now - 1_000 }
    : null;
}

function toOutcome(error: unknown): Outcome {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;"))
    return { kind: "redirect", url: digest.split(";")[2]! };
  if (typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;")) {
    return { kind: "httpError", status: Number(digest.split(";")[1]) };
  }
  return { kind: "error", message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

async function call(key: string, entry: AccessEntry, fixtures: SecurityFixtures, role: Role): Promise<Outcome> {
  const [file, name] = key.split("#") as [string, string];
  const target = ((await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>)[name];
  if (typeof target !== "function") return { kind: "error", message: `${key} is not exported any more` };
  try {
    if ("form" in entry) {
      const formData = await entry.form(fixtures, role);
      signInAs(fixtures, role);
      const action = target as (...args: unknown[]) => Promise<unknown>;
      // (previousState, formData) for useActionState forms, (formData) for plain form actions.
      return { kind: "returned", value: await (action.length >= 2 ? action({}, formData) : action(formData)) };
    }
    const request = await entry.request(fixtures, role);
    signInAs(fixtures, role);
    const handler = target as (request: NextRequest, context: unknown) => Promise<Response>;
    const response = await handler(
      new NextRequest(new URL(request.path, "http://localhost"), {
        method: request.method ?? "GET",
        headers: request.headers,
        body: request.body,
      }),
      { params: Promise.resolve(request.params ?? {}) },
    );
    return { kind: "response", status: response.status, body: await response.text() };
  } catch (error) {
    return toOutcome(error);
  } finally {
    await Promise.allSettled(deferredWork.splice(0));
    session.token = null;
  }
}

const isSignInRedirect = (outcome: Outcome) =>
  outcome.kind === "redirect" && new URL(outcome.url, "http://localhost").pathname === "/masuk";

/** Refused by a guard: the sign-in page, notFound()/forbidden(), or a 401/403/404 answer. */
const isGuardRefusal = (outcome: Outcome) =>
  isSignInRedirect(outcome) ||
  (outcome.kind === "httpError" && [401, 403, 404].includes(outcome.status)) ||
  (outcome.kind === "response" && [401, 403, 404].includes(outcome.status));

/**
 * "allowed", "guard" (refused by requireUser/requireStaff/requireAdmin or the handler's own check) or "scoped"
 * (signed in, but the data layer finds no row this user manages: any answer, as long as nothing changes).
 */
function expectationFor(level: AccessLevel, role: Role): "allowed" | "guard" | "scoped" {
  if (level === "public") return "allowed";
  if (role === "anonymous" || role === "disabled") return "guard";
  switch (level) {
    case "signedIn":
      return "allowed";
    case "manager":
      return role === "owner" ? "allowed" : "scoped";
    case "managerOrStaff":
      return role === "otherOwner" ? "scoped" : "allowed";
    case "staff":
      return role === "staff" || role === "admin" ? "allowed" : "guard";
    case "admin":
      return role === "admin" ? "allowed" : "guard";
  }
}

function defaultWriters(entry: AccessEntry): readonly Role[] {
  if (entry.writesFor) return entry.writesFor;
  if (!("form" in entry) || entry.access === "public" || entry.access === "signedIn") return [];
  return roles.filter((role) => expectationFor(entry.access, role) === "allowed");
}

const describeOutcome = (outcome: Outcome) =>
  outcome.kind === "response"
    ? `HTTP ${outcome.status} ${outcome.body.slice(0, 120)}`
    : outcome.kind === "returned"
      ? `returned ${JSON.stringify(outcome.value)?.slice(0, 200)}`
      : outcome.kind === "redirect"
        ? `redirect ${outcome.url}`
        : outcome.kind === "httpError"
          ? `HTTP error ${outcome.status}`
          : `threw ${outcome.message.slice(0, 600)}`;

const sameOutcome = (a: Outcome, b: Outcome) =>
  a.kind === "response" && b.kind === "response" ? a.status === b.status : JSON.stringify(a) === JSON.stringify(b);

// --- The tests ------------------------------------------------------------------------------------------------

let fixtures: SecurityFixtures;

beforeAll(async () => {
  fixtures = await createSecurityFixtures();
  tables = await listTables();
  await takeSnapshot();
});

afterAll(() => fs.rmSync(uploadDir, { recursive: true, force: true }));

describe("authorization matrix", () => {
  it("lists every server action and route handler, and nothing that is gone", async () => {
    const { keys, inlineServerFunctions } = await discover();
    const listed = Object.keys(accessTable).sort();
    expect(
      keys.filter((key) => !listed.includes(key)),
      "missing from tests/security/access-table.ts",
    ).toEqual([]);
    expect(
      listed.filter((key) => !keys.includes(key)),
      "in the table but no longer exported",
    ).toEqual([]);
    // Server functions declared inside components or pages would be endpoints this table cannot list.
    expect(inlineServerFunctions, 'inline "use server" functions: move them to a lib/<domain>/actions.ts').toEqual([]);
    expect(keys.length).toBeGreaterThan(50);
  });

  for (const [key, entry] of Object.entries(accessTable)) {
    it(`${key} (${entry.access})`, async () => {
      const problems: string[] = [];
      const writers = defaultWriters(entry);
      const allowedRoles = roles.filter((role) => expectationFor(entry.access, role) === "allowed");
      const refusedRoles = roles.filter((role) => expectationFor(entry.access, role) !== "allowed");
      const allowedOutcomes: Outcome[] = [];
      const routeCall = async (role: Role) => ("request" in entry ? await entry.request(fixtures, role) : undefined);

      for (const role of [...allowedRoles, ...refusedRoles]) {
        const expected = expectationFor(entry.access, role);
        const before = await fingerprint();
        const outcome = await call(key, entry, fixtures, role);
        const changed = changedTables(before, await fingerprint());
        await restore(changed);
        const { reveals: secret, hides = [] } = (await routeCall(role)) ?? {};
        const say = (problem: string) => problems.push(`${role}: ${problem} — ${describeOutcome(outcome)}`);
        for (const text of hides)
          if (outcome.kind === "response" && outcome.body.includes(text)) say(`reveals ${text}`);

        if (outcome.kind === "error") say("unexpected error");
        else if (expected === "allowed") {
          allowedOutcomes.push(outcome);
          if (isGuardRefusal(outcome)) say("refused, but the table allows it");
          if (writers.includes(role) && changed.length === 0)
            say("allowed but wrote nothing (does the form name real rows?)");
          if (secret && outcome.kind === "response" && outcome.status === 200 && !outcome.body.includes(secret)) {
            say(`the answer lacks ${secret}`);
          }
        } else {
          if (changed.length > 0) say(`REFUSED ROLE CHANGED ROWS in ${changed.join(", ")}`);
          if (expected === "guard" && !isGuardRefusal(outcome)) say("not refused by a guard");
          if (expected === "scoped" && allowedOutcomes.some((allowed) => sameOutcome(allowed, outcome))) {
            say("answered like an allowed call");
          }
          if (outcome.kind === "response" && ![401, 403, 404].includes(outcome.status)) say("not a refusal status");
          if (secret && outcome.kind === "response" && outcome.body.includes(secret))
            say(`the answer reveals ${secret}`);
        }
      }
      expect(await fingerprint(), "the database is back to the fixtures").toEqual(baseline);
      expect(problems).toEqual([]);
    });
  }
});

// --- Staff reads in the data layer ----------------------------------------------------------------------------

// A data function gets the actor a page read from the session; a disabled account has none (getCurrentUser gives
// null, as the matrix above checks for every page guard), so the actors here are the visitor and the active roles.
const dataLayerRoles = ["anonymous", "owner", "otherOwner", "staff", "admin"] as const satisfies readonly Role[];

async function exportedFunctions(file: string): Promise<string[]> {
  const exports = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
  return Object.keys(exports)
    .filter((name) => typeof exports[name] === "function")
    .map((name) => `${file}#${name}`);
}

describe("staff reads in the data layer", () => {
  it("lists every staff read, and nothing that is gone", async () => {
    const exported = (await Promise.all(staffReadModules.map(exportedFunctions))).flat().sort();
    const listed = [...Object.keys(staffReads), ...Object.keys(notStaffReads)].sort();
    expect(
      exported.filter((key) => !listed.includes(key)),
      "missing from tests/security/staff-reads.ts",
    ).toEqual([]);
    expect(
      listed.filter((key) => !exported.includes(key)),
      "in staff-reads.ts but no longer exported",
    ).toEqual([]);
    // A new staff module or a "…ForStaff" read elsewhere must join the list too.
    const forStaff: string[] = [];
    const staffModules: string[] = [];
    for (const file of listSourceFiles("lib")) {
      if (/\/(staff|admin)-queries\.ts$/.test(file)) staffModules.push(file);
      const source = fs.readFileSync(path.join(root, file), "utf8");
      for (const match of source.matchAll(/^export (?:async )?function\*? (\w+ForStaff)\b/gm)) {
        forStaff.push(`${file}#${match[1]}`);
      }
    }
    expect(staffModules.filter((file) => !staffReadModules.includes(file))).toEqual([]);
    expect(forStaff.filter((key) => !(key in staffReads))).toEqual([]);
  });

  for (const [key, entry] of Object.entries(staffReads)) {
    it(`${key} (${entry.access})`, async () => {
      const problems: string[] = [];
      const before = await fingerprint();
      for (const role of dataLayerRoles) {
        const allowed = role === "admin" || (role === "staff" && entry.access === "staff");
        let outcome: { refused: boolean; error?: unknown };
        try {
          await entry.read(userOf(fixtures, role), fixtures);
          outcome = { refused: false };
        } catch (error) {
          outcome = { refused: error instanceof ForbiddenError, error };
        }
        if (outcome.error && !outcome.refused) problems.push(`${role}: threw ${String(outcome.error)}`);
        else if (allowed && outcome.refused) problems.push(`${role}: refused, but ${entry.access} may read it`);
        else if (!allowed && !outcome.refused) problems.push(`${role}: NOT REFUSED`);
      }
      expect(problems).toEqual([]);
      expect(changedTables(before, await fingerprint()), "a read changed rows").toEqual([]);
    });
  }
});
