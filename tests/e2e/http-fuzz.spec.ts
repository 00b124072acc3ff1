import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import fc from "fast-check";

// Property-based HTTP requests against the production build, as an outside attacker would send them: every page
// route's path segments and query parameters, every route handler, and every server action's fields and bodies
// (control characters, invalid UTF-8, overlong strings, repeated fields, odd numbers, wrong bodies, foreign and
// malformed Origins). No answer may be a 5xx or lack the security headers, and refused requests change nothing.
// The seed is fixed (FUZZ_SEED overrides it) and printed, so a failure replays exactly.

const seed = Number(process.env.FUZZ_SEED ?? 20261207);
const root = process.cwd();

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

test.beforeAll(() => {
  console.log(`[http-fuzz] seed ${seed} (replay with FUZZ_SEED=${seed})`);
});

// --- Targets ------------------------------------------------------------------------------------------------------

/** The access table names every server action and route handler ("file#export"); read it as text. */
function readAccessTableKeys(): string[] {
  const source = fs.readFileSync(path.join(root, "tests/security/access-table.ts"), "utf8");
  return [...new Set([...source.matchAll(/"((?:lib|app)\/[^"#]+#\w+)"\s*:/g)].map((match) => match[1]!))];
}

/** Every page route of the app (app/[locale]/…/page.tsx), as a path template. */
function readPageRoutes(): string[] {
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "page.tsx") routes.push(path.relative(path.join(root, "app/[locale]"), dir));
    }
  };
  walk(path.join(root, "app/[locale]"));
  return routes.map((route) => `/${route}`.replace(/\/$/, ""));
}

type ManifestAction = { id: string; key: string; page: string };

/** Server actions of the build, with a page that serves each (the ids change with every build). */
function readBuiltActions(): ManifestAction[] {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }> };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    key: `${entry.filename}#${entry.exportedName}`,
    page: Object.keys(entry.workers)[0]!,
  }));
}

/** A concrete URL for a route template: dynamic segments filled with `segment`. */
function fillRoute(template: string, segment: string, locale = "id"): string {
  const filled = template
    .replace(/^app\//, "/")
    .replace(/\/(page|route\.ts)$/, "")
    .replace("[locale]", locale)
    .replace("[kind]", "usaha")
    .replace(/\[\.\.\.\w+\]|\[\w+\]/g, segment);
  return filled.replace(/^\/id(?=\/|$)/, "") || "/";
}

// --- Values -------------------------------------------------------------------------------------------------------

const controls = ["\u0000", "\u0001", "\u0002", "\u0003", "\u0007", "\u001b", "\u001f", "\u007f", "\t", "\r\n", "\n"];
const oddNumbers = ["-1", "0", "-0", "1.5", "1e309", "NaN", "Infinity", "9007199254740993", "0x1F", "١٢", "1,5", " 7 "];
const hostile = [
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "../../etc/passwd",
  "javascript:alert(1)",
  "%00",
  "$K1",
  "$@0",
];

const textValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc
    .array(fc.oneof(fc.constantFrom(...controls), fc.string({ maxLength: 4 })), { maxLength: 8 })
    .map((parts) => parts.join("")),
  fc.constantFrom(...oddNumbers, ...hostile),
  fc.integer({ min: 200, max: 20_000 }).map((length) => "x".repeat(length)),
  // A lone surrogate cannot be encoded as UTF-8: it travels as U+FFFD.
  fc.constantFrom("\ud800", "a\udfffb"),
);

const formFieldNames = [
  "locale",
  "id",
  "listingId",
  "eventId",
  "postId",
  "figureId",
  "certificationId",
  "enquiryId",
  "reportId",
  "userId",
  "email",
  "password",
  "name",
  "nameIndonesian",
  "summaryIndonesian",
  "descriptionIndonesian",
  "message",
  "note",
  "decision",
  "kind",
  "token",
  "code",
  "q",
  "status",
  "change",
  "intent",
  "payload",
  "digest",
  "version",
  "expectedVersion",
  "valueMin",
  "startsAt",
  "subsectorIds",
  "otherSubsectorIds",
  "primarySubsectorId",
  "tags",
  "website",
  "reason",
  "relation",
  "role",
];
const fieldName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...formFieldNames) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const formFields = fc.array(fc.tuple(fieldName, textValue), { maxLength: 12 });

const queryNames = [
  "q",
  "jenis",
  "subsektor",
  "kecamatan",
  "bersertifikat",
  "urut",
  "hal",
  "status",
  "waktu",
  "nomor",
  "tipe",
  "entitas",
  "aktor",
  "peran",
  "contoh",
  "program",
  "dari",
  "sampai",
  "bahasa",
  "hasil",
  "listing",
  "aksi",
  "pengingat",
  "segera",
  "token",
  "callbackUrl",
  "limit",
  "offset",
  "_rsc",
];
/** encodeURIComponent of a string that may hold lone surrogates (they travel as U+FFFD, as a browser sends them). */
const encode = (value: string) => encodeURIComponent(Buffer.from(value, "utf8").toString("utf8"));

/** Query values stay short enough for a URL; raw escapes include invalid UTF-8 and malformed %-sequences. */
const queryValue = fc.oneof(
  { weight: 4, arbitrary: textValue.map((value) => encode(value.slice(0, 300)).replace(/%20/g, "+")) },
  { weight: 1, arbitrary: fc.constantFrom("%FF", "%C0%AF", "%E0%A4%A", "%", "%%", "%00", "%02kopi%03", "%ED%A0%80") },
);
const query = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...queryNames), fc.string({ maxLength: 6 })), queryValue), { maxLength: 6 })
  .map((pairs) => pairs.map(([key, value]) => `${encodeURIComponent(key)}=${value}`).join("&"));
const segment = fc.oneof(
  { weight: 3, arbitrary: textValue.map((value) => encode(value.slice(0, 300))) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "%FF",
      "%00",
      "%2F..%2F",
      "%2e%2e",
      "x".repeat(3000),
      "sari-apel-tlogomas-lestari-contoh",
    ),
  },
);

// --- Requests -----------------------------------------------------------------------------------------------------

/** Every answer, 4xx included, carries the security headers; uploaded files keep their own sandbox policy. */
function expectSafeAnswer(response: APIResponse, label: string) {
  expect(response.status(), label).toBeLessThan(500);
  const headers = response.headers();
  const policy = headers["content-security-policy"] ?? "";
  const isFilesPolicy = policy === "default-src 'none'; sandbox";
  expect(isFilesPolicy || policy.includes("frame-ancestors 'none'"), `${label}: ${policy}`).toBe(true);
  // Uploaded bytes are only ever served under the sandbox policy.
  if (/^(image\/|application\/(pdf|octet-stream))/.test(headers["content-type"] ?? ""))
    expect(isFilesPolicy, label).toBe(true);
  expect(headers["x-content-type-options"], label).toBe("nosniff");
  expect(headers["x-frame-options"], label).toBe("DENY");
}

const CRLF = "\r\n";

/** A multipart body built by hand, so a value can hold bytes that are not UTF-8. */
function multipart(fields: [string, string | Buffer][]): { body: Buffer; contentType: string } {
  const boundary = `----fuzz${crypto.randomBytes(8).toString("hex")}`;
  const parts = fields.map(([name, value]) =>
    Buffer.concat([
      Buffer.from(
        `--${boundary}${CRLF}Content-Disposition: form-data; name="${name.replace(/["\r\n]/g, "_")}"${CRLF}${CRLF}`,
      ),
      Buffer.isBuffer(value) ? value : Buffer.from(value),
      Buffer.from(CRLF),
    ]),
  );
  return {
    body: Buffer.concat([...parts, Buffer.from(`--${boundary}--${CRLF}`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

const require = createRequire(import.meta.url);
const { encodeReply } = require("next/dist/compiled/react-server-dom-turbopack/client.node") as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

/** React's encoding of an action call, as the page's own JavaScript sends it. */
async function encodeCall(args: unknown[]): Promise<[string, string][]> {
  const encoded = await encodeReply(args);
  if (typeof encoded === "string") return [["0", encoded]];
  return [...encoded.entries()].map(([key, value]) => [key, String(value)]);
}

type Origin = "none" | "same" | "foreign" | "null" | "malformed";
const originHeader = (origin: Origin, baseURL: string): Record<string, string> =>
  origin === "none"
    ? {}
    : {
        origin: { same: baseURL, foreign: "https://penyerang.example", null: "null", malformed: "http://[::1" }[origin],
      };

const bodyShape = fc.constantFrom(
  "form-state",
  "form-only",
  "mpa",
  "object-args",
  "string-args",
  "json",
  "text",
  "urlencoded",
  "no-boundary",
  "invalid-utf8",
  "empty",
);

async function callAction(
  request: APIRequestContext,
  baseURL: string,
  action: ManifestAction,
  call: { fields: [string, string][]; shape: string; origin: Origin },
): Promise<APIResponse> {
  const url = fillRoute(action.page, "x");
  const fd = new FormData();
  fd.set("locale", "id");
  for (const [key, value] of call.fields) fd.append(key, value);
  const headers: Record<string, string> = { "next-action": action.id, ...originHeader(call.origin, baseURL) };
  let body: Buffer | string;
  let contentType: string;
  switch (call.shape) {
    case "form-state":
    case "form-only":
    case "object-args":
    case "string-args": {
      const args =
        call.shape === "form-state"
          ? [{}, fd]
          : call.shape === "form-only"
            ? [fd]
            : call.shape === "object-args"
              ? [{ locale: "id" }, Object.fromEntries(call.fields)]
              : ["id", call.fields.map(([, value]) => value).join("")];
      ({ body, contentType } = multipart(await encodeCall(args)));
      break;
    }
    case "mpa": {
      delete headers["next-action"];
      ({ body, contentType } = multipart([[`$ACTION_ID_${action.id}`, ""], ["locale", "id"], ...call.fields]));
      break;
    }
    case "invalid-utf8":
      ({ body, contentType } = multipart([
        ["0", '[{},"$K1"]'],
        ["_1_locale", "id"],
        ...call.fields.map(([key]): [string, Buffer] => [
          `_1_${key}`,
          Buffer.from([0xff, 0xfe, 0xc0, 0xaf, 0x00, 0x02]),
        ]),
      ]));
      break;
    case "json":
      body = JSON.stringify(Object.fromEntries(call.fields));
      contentType = "application/json";
      break;
    case "text":
      body = JSON.stringify([{}, Object.fromEntries(call.fields)]);
      contentType = "text/plain;charset=UTF-8";
      break;
    case "urlencoded":
      body = new URLSearchParams(call.fields).toString();
      contentType = "application/x-www-form-urlencoded";
      break;
    case "no-boundary":
      body = "--x\r\n";
      contentType = "multipart/form-data";
      break;
    default:
      body = "";
      contentType = "multipart/form-data; boundary=empty";
  }
  return request.post(url, { headers: { ...headers, "content-type": contentType }, data: body, maxRedirects: 0 });
}

/** What anonymous writes would change where anyone can see it: the demo outbox and the open data. */
async function readPublicState(request: APIRequestContext): Promise<string> {
  const parts: string[] = [];
  const outbox = await request.get("/kotak-keluar");
  parts.push(String(((await outbox.text()).match(/<article/g) ?? []).length));
  for (const endpoint of ["/api/v1/listings", "/api/v1/events", "/api/v1/certifications", "/api/v1/collaboration"]) {
    const response = await request.get(endpoint, { headers: { "cache-control": "no-cache" } });
    parts.push(
      crypto
        .createHash("sha256")
        .update(await response.text())
        .digest("hex"),
    );
  }
  return parts.join(" ");
}

// --- Properties ---------------------------------------------------------------------------------------------------

test("every page route and route handler answers odd paths and queries with no 5xx and the security headers", async ({
  request,
}) => {
  const pageRoutes = readPageRoutes();
  const handlers = readAccessTableKeys().filter((key) => key.startsWith("app/"));
  expect(handlers.length, "route handlers in the access table").toBeGreaterThan(10);
  const target = fc.oneof(
    fc.tuple(fc.constantFrom(...pageRoutes), fc.constantFrom("id", "en"), fc.constant("GET")),
    fc.tuple(fc.constantFrom(...handlers), fc.constant("id"), fc.constantFrom("GET", "POST", "HEAD")),
  );
  await fc.assert(
    fc.asyncProperty(target, segment, query, async ([template, locale, method], value, search) => {
      const file = template.split("#")[0]!;
      const base = fillRoute(`/[locale]${file}`.replace("/[locale]app/", "app/"), value, locale);
      const url = `${base}${search ? `?${search}` : ""}`;
      const label = `${method} ${url.slice(0, 200)}`;
      const response = await request.fetch(url, { method, maxRedirects: 0 });
      expectSafeAnswer(response, label);
    }),
    { seed, numRuns: 160, endOnFailure: true },
  );
});

test("every server action answers odd fields, bodies and Origins with no 5xx and the security headers", async ({
  request,
  baseURL,
}) => {
  const actions = readBuiltActions();
  const tableActions = readAccessTableKeys().filter((key) => key.startsWith("lib/"));
  // The build and the access table list the same actions: a new action is fuzzed as soon as it is in the table.
  expect(actions.map((action) => action.key).sort()).toEqual([...tableActions].sort());
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...actions),
      formFields,
      bodyShape,
      fc.constantFrom<Origin>("none", "same", "same", "foreign", "null", "malformed"),
      async (action, fields, shape, origin) => {
        const response = await callAction(request, baseURL!, action, { fields, shape, origin });
        expectSafeAnswer(response, `${action.key} ${shape} origin=${origin}`);
        if (origin === "foreign" || origin === "null" || origin === "malformed") expect(response.status()).toBe(403);
      },
    ),
    { seed, numRuns: 220, endOnFailure: true },
  );
});

test("refused action calls change no row, and the same call accepted does", async ({ request, baseURL }) => {
  const signUp = readBuiltActions().find((action) => action.key === "lib/accounts/actions.ts#signUpAction")!;
  const before = await readPublicState(request);
  // A valid sign-up (which writes a user and an email) sent in every way that must be refused.
  const email = `fuzz-${Date.now()}@contoh.id`;
  const fields: [string, string][] = [
    ["name", "Penguji Fuzz"],
    ["email", email],
    ["password", "kata sandi panjang sekali"],
  ];
  const refused: [string, Origin][] = [
    ["form-state", "foreign"],
    ["form-state", "null"],
    ["form-state", "malformed"],
    ["mpa", "foreign"],
    ["json", "same"],
    ["text", "same"],
    ["urlencoded", "same"],
    ["object-args", "same"],
    ["string-args", "same"],
    ["no-boundary", "same"],
  ];
  for (const [shape, origin] of refused) {
    const response = await callAction(request, baseURL!, signUp, { fields, shape, origin });
    expectSafeAnswer(response, `signUp ${shape} ${origin}`);
    expect(response.status(), `signUp ${shape} ${origin}`).toBeGreaterThanOrEqual(400);
  }
  const oversized = await request.post("/daftar", {
    headers: { "next-action": signUp.id, "content-type": "multipart/form-data; boundary=b", origin: baseURL! },
    data: Buffer.alloc(6 * 1024 * 1024 + 10, 0x61),
  });
  expectSafeAnswer(oversized, "oversized action body");
  expect(oversized.status()).toBe(413);
  expect(await readPublicState(request)).toBe(before);

  // The control: the same sign-up sent as the page sends it does write (an email in the outbox).
  const accepted = await callAction(request, baseURL!, signUp, { fields, shape: "form-state", origin: "same" });
  expect(accepted.status()).toBeLessThan(400);
  await expect.poll(() => readPublicState(request)).not.toBe(before);
});

test("malformed %-escapes and control characters in a path get a small 400 with the security headers", async ({
  request,
}) => {
  for (const url of [
    "/%FF",
    "/usaha/%E0%A4%A",
    "/usaha/%00",
    "/en/cari%0A",
    "/api/v1/listings/%C0%AF%FF",
    "/cari?q=%FF",
  ]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(400);
    expectSafeAnswer(response, url);
    expect((await response.body()).length, url).toBeLessThan(200);
  }
});
